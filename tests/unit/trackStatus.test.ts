import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextStep,
  type PublishedRow,
  type TrackStatus,
  versionChanges,
} from '../../shared/domain/trackStatus';

const ready: Omit<TrackStatus, 'next'> = {
  code: 'drama',
  entries: 12,
  judges: 7,
  drawn: true,
  judgeFiles: { issued: 7, stale: 0, panel: 7 },
  marks: { complete: 7, partial: 0, panel: 7 },
  paperSheets: 0,
  conflicts: 0,
  quiz: { entered: 12, needed: 12 },
  deductions: 0,
  lock: { version: 1, lockedAt: '2026-12-03T10:00:00Z', lockedBy: '裁判长', current: true },
};

describe('the next step of a track', () => {
  it('follows the event day, first missing thing first', () => {
    expect(nextStep(ready)).toBe('done');
    expect(nextStep({ ...ready, lock: { ...ready.lock!, current: false } })).toBe('relock');
    expect(nextStep({ ...ready, lock: null })).toBe('lock');
    expect(nextStep({ ...ready, quiz: { entered: 11, needed: 12 } })).toBe('quiz');
    expect(nextStep({ ...ready, conflicts: 1, quiz: { entered: 0, needed: 12 } })).toBe(
      'conflicts',
    );
    expect(nextStep({ ...ready, marks: { complete: 5, partial: 2, panel: 7 } })).toBe('marks');
    expect(nextStep({ ...ready, drawn: false })).toBe('draw');
    expect(nextStep({ ...ready, judges: 0 })).toBe('panel');
    expect(nextStep({ ...ready, entries: 0, judges: 0 })).toBe('roster');
  });

  it('asks for judge files until marks arrive, stale ones included', () => {
    const noMarks = { ...ready, marks: { complete: 0, partial: 0, panel: 7 } };
    expect(nextStep({ ...noMarks, judgeFiles: { issued: 6, stale: 0, panel: 7 } })).toBe(
      'judgeFiles',
    );
    expect(nextStep({ ...noMarks, judgeFiles: { issued: 7, stale: 2, panel: 7 } })).toBe(
      'judgeFiles',
    );
    expect(nextStep(noMarks)).toBe('marks');
    // Marks in from paper: the missing files are not the step any more.
    const paper = { ...ready, marks: { complete: 3, partial: 0, panel: 7 } };
    expect(nextStep({ ...paper, judgeFiles: { issued: 0, stale: 0, panel: 7 } })).toBe('marks');
  });
});

const row = fc.record({
  no: fc.stringMatching(/^D\d{2}$/),
  name: fc.string({ maxLength: 4 }),
  rank: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  final: fc.option(fc.stringMatching(/^\d{2}\.\d{2}$/), { nil: null }),
  award: fc.option(
    fc.constantFrom('一等奖', '二等奖', '三等奖').map((zh) => ({ zh, en: '' })),
    { nil: null },
  ),
});
const rows = fc.uniqueArray(row, { selector: (r) => r.no, maxLength: 20 });

describe('what changed between two published versions', () => {
  it('is nothing when nothing changed', () => {
    fc.assert(fc.property(rows, (list) => versionChanges(list, [...list].reverse()).length === 0));
  });

  it('names exactly the entries whose rank, final or award changed, or that came or went', () => {
    fc.assert(
      fc.property(
        rows,
        fc.nat(),
        fc.constantFrom('rank', 'final', 'award', 'gone'),
        (list, n, what) => {
          fc.pre(list.length > 0);
          const target = list[n % list.length]!;
          const changed: PublishedRow[] = list.flatMap((r) => {
            if (r !== target) return [r];
            if (what === 'gone') return [];
            if (what === 'rank') return [{ ...r, rank: (r.rank ?? 0) + 1 }];
            if (what === 'final') return [{ ...r, final: r.final === '99.99' ? '00.00' : '99.99' }];
            return [{ ...r, award: r.award ? null : { zh: '优秀奖', en: 'Honourable mention' } }];
          });
          const changes = versionChanges(list, changed);
          expect(changes.map((c) => c.no)).toEqual([target.no]);
          expect(changes[0]!.after === null).toBe(what === 'gone');
          const back = versionChanges(changed, list);
          expect(back.map((c) => c.no)).toEqual([target.no]);
          expect(back[0]!.before === null).toBe(what === 'gone');
        },
      ),
    );
  });
});
