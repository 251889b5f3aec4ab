import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPhone, phoneLooksValid } from '../../shared/domain/phone';
import { officialsProblems } from '../../shared/panel/officials';
import {
  bySeat,
  fillSeats,
  nextFreeSeat,
  seatedName,
  seatingProblems,
} from '../../shared/panel/seats';

describe('seats', () => {
  it('a joining judge takes the lowest empty seat', () => {
    expect(nextFreeSeat([])).toBe(1);
    expect(nextFreeSeat([1, 3, 4])).toBe(2);
    expect(nextFreeSeat([2, 1, null])).toBe(3);
  });

  it('filling seats never gives two judges one seat and keeps every seat already held', () => {
    const member = fc.record({
      judgeId: fc.integer({ min: 1, max: 1000 }),
      seat: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
    });
    const members = fc
      .uniqueArray(member, { selector: (m) => m.judgeId, maxLength: 15 })
      .map((list) => {
        const held = new Set<number>();
        return list.map((m) => {
          if (m.seat === null || held.has(m.seat)) return { ...m, seat: null };
          held.add(m.seat);
          return m;
        });
      });
    fc.assert(
      fc.property(members, (list) => {
        const filled = fillSeats(list);
        expect(new Set(filled.map((m) => m.seat)).size).toBe(filled.length);
        for (const [i, m] of list.entries())
          if (m.seat !== null) expect(filled[i]!.seat).toBe(m.seat);
        expect(
          seatingProblems(
            list.map((m) => m.judgeId),
            filled,
          ),
        ).toEqual([]);
      }),
    );
  });

  it('a seating is refused for a seat taken twice, a judge left out or off the panel, a seat past 99', () => {
    expect(
      seatingProblems(
        [1, 2, 3],
        [
          { judgeId: 1, seat: 2 },
          { judgeId: 2, seat: 2 },
          { judgeId: 9, seat: 1 },
        ],
      ).map((p) => p.code),
    ).toEqual(['seat.taken', 'seat.notOnPanel', 'seat.missing']);
    expect(seatingProblems([1], [{ judgeId: 1, seat: 100 }])[0]?.code).toBe('seat.outOfRange');
  });

  it('names a judge by seat in either language, and orders by seat', () => {
    expect(seatedName({ name: '张三', seat: 3 }, 'zh-CN')).toBe('3号评委 张三');
    expect(seatedName({ name: 'Zhang San', seat: 3 }, 'en')).toBe('Judge 3 Zhang San');
    expect(seatedName({ name: '张三', seat: null }, 'zh-CN')).toBe('张三');
    expect(
      bySeat([
        { id: 1, seat: 2 },
        { id: 2, seat: null },
        { id: 3, seat: 1 },
      ]).map((m) => m.id),
    ).toEqual([3, 1, 2]);
  });
});

describe('officials', () => {
  it('a supervisor neither scores the track nor is its head judge', () => {
    const choice = { headJudgeId: 1, headJudgeScores: true, supervisorIds: [1, 2, 5, 5] };
    expect(officialsProblems(choice, new Set([1, 2, 3])).map((p) => p.code)).toEqual([
      'officials.headIsSupervisor',
      'officials.supervisorScores',
      'officials.duplicateSupervisor',
    ]);
    expect(officialsProblems({ ...choice, supervisorIds: [5] }, new Set([1, 2]))).toEqual([]);
  });
});

describe('phone', () => {
  it('takes what organizers paste', () => {
    for (const typed of [
      '13800000000',
      '138 0000 0000',
      '+86 138-0000-0000',
      '0571-8888 8888 转 123',
      '(0571) 88888888',
      '138 0000 0000 / 0571-88888888',
      '１３８００００００００',
      '',
    ]) {
      expect(phoneLooksValid(cleanPhone(typed)), typed).toBe(true);
    }
  });

  it('refuses what cannot be dialled', () => {
    for (const typed of ['问组委会', 'abc12345', '123', '1'.repeat(31)]) {
      expect(phoneLooksValid(cleanPhone(typed)), typed).toBe(false);
    }
  });

  it('any run of 5 to 30 digits with spaces and dashes is a phone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('0', '1', '9', ' ', '-'), { maxLength: 40 }),
        (chars) => {
          const phone = cleanPhone(chars.join(''));
          const digits = phone.replace(/\D/g, '').length;
          expect(phoneLooksValid(phone)).toBe(phone === '' || (digits >= 5 && digits <= 30));
        },
      ),
    );
  });
});
