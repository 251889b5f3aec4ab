import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  changeMark,
  fromHeadTable,
  isUnsent,
  type KeptMark,
  unsentBySheet,
  unsentCount,
} from '../../shared/lan/deviceMarks';
import { type DeviceMark, sendableMarks } from '../../shared/lan/deviceScoreFile';

// 未发送 on a judge's device: shown from the moment a mark is typed until the head table has
// acknowledged a push carrying it at its current revision — whatever order answers come back in.

const cell = { entryId: 7, entryNo: '007', track: 'exhibit', criterion: 'content' };
const at = new Date('2026-10-21T09:30:00Z');

describe('marks kept on a judge’s device', () => {
  it('shows a typed mark unsent until a push carrying it is answered, and again after a change', () => {
    const first = changeMark(undefined, cell, 800, at);
    expect(first.mark).toMatchObject({ value: 800, revision: 1 });
    expect(isUnsent(first)).toBe(true);
    const sent = acknowledge(first, first.mark);
    expect(isUnsent(sent)).toBe(false);
    // Cleared (blank, not zero) after it was sent: unsent again, one revision up.
    const cleared = changeMark(sent, cell, null, at);
    expect(cleared.mark).toMatchObject({ value: null, revision: 2 });
    expect(isUnsent(cleared)).toBe(true);
    expect(unsentCount([sent, cleared])).toBe(1);
  });

  it('never marks a later change sent by a late or doubled answer to an older push', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 3500 }), { nil: null }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (values, answerOrder) => {
          // The judge types values one after another; each change is pushed; the answers to
          // those pushes arrive in any order, some twice, some never.
          let kept: KeptMark | undefined;
          const pushed: DeviceMark[] = [];
          for (const value of values) {
            kept = changeMark(kept, cell, value, at);
            pushed.push(kept.mark);
          }
          let now = kept!;
          for (const n of answerOrder) now = acknowledge(now, pushed[n % pushed.length]!);
          const latestAnswered = answerOrder.some((n) => n % pushed.length === pushed.length - 1);
          expect(isUnsent(now)).toBe(!latestAnswered);
          expect(now.mark).toEqual(kept!.mark);
        },
      ),
    );
  });

  it('continues from the head table’s copy, and keeps its own newer change to send', () => {
    const held: DeviceMark = { ...cell, value: 600, revision: 4, updatedAt: at.toISOString() };
    // A device paired anew (a takeover, a cleared browser) starts from what the head table holds.
    const fresh = fromHeadTable(undefined, held);
    expect(isUnsent(fresh)).toBe(false);
    expect(changeMark(fresh, cell, 650, at).mark.revision).toBe(5);
    // A change made here after the head table's copy stays unsent until pushed.
    const mine = changeMark(fresh, cell, 650, at);
    const reloaded = fromHeadTable(mine, held);
    expect(reloaded.mark.value).toBe(650);
    expect(isUnsent(reloaded)).toBe(true);
    // The head table has a newer revision (the judge's earlier device): it wins, sent.
    const newer = fromHeadTable(mine, { ...held, value: 700, revision: 9 });
    expect(newer.mark).toMatchObject({ value: 700, revision: 9 });
    expect(isUnsent(newer)).toBe(false);
  });

  it('counts as still to send exactly the unsent marks the newest sheet lets it send', () => {
    // Entries 1…6 on the device; the sheet lists some, recusing the judge from some of those.
    const entry = fc.record({ id: fc.integer({ min: 1, max: 6 }), recused: fc.boolean() });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 6 }),
        fc.array(fc.record({ id: fc.integer({ min: 1, max: 6 }), sent: fc.boolean() })),
        (listed, typed) => {
          const sheet = listed.map((e) => ({
            id: e.id,
            no: String(e.id).padStart(3, '0'),
            track: 'exhibit',
            ...(e.recused ? { recusal: { reason: '曾指导该选手' } } : {}),
          }));
          const kept = new Map<string, KeptMark>();
          for (const [n, t] of typed.entries()) {
            const one = { ...cell, entryId: t.id, entryNo: String(t.id).padStart(3, '0') };
            const mark = changeMark(undefined, { ...one, criterion: `c${n}` }, n, at);
            kept.set(`${t.id}:c${n}`, t.sent ? acknowledge(mark, mark.mark) : mark);
          }
          const { toSend, withheld } = unsentBySheet(sheet, kept.values());
          const unsent = [...kept.values()].filter(isUnsent).map((k) => k.mark);
          // What is sent is what is counted as still to send; nothing unsent is left uncounted.
          expect(toSend).toBe(sendableMarks(sheet, unsent).length);
          expect(toSend + withheld.length).toBe(unsentCount(kept.values()));
          for (const mark of withheld) {
            expect(sheet.find((e) => e.id === mark.entryId && !e.recusal)).toBeUndefined();
          }
          // Before any sheet is known, every unsent mark is still to send.
          expect(unsentBySheet(null, kept.values())).toEqual({
            toSend: unsent.length,
            withheld: [],
          });
        },
      ),
    );
  });
});
