import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMark } from '../../shared/domain/markRules';
import { formatPoints } from '../../shared/domain/points';
import type { Track } from '../../shared/domain/rubric';
import { marksOffNewScale, type RecordedMark } from '../../shared/domain/rubricChange';
import { criterion, makeTrack, quizSegment, twoCriteriaSegment } from './scoring/fixtures';

const before = makeTrack({ segments: [twoCriteriaSegment, quizSegment] });
const mark = (criterion: string, value: number, kind: RecordedMark['kind'] = 'judged') => ({
  entryNo: '001',
  entryName: '甲',
  judge: kind === 'judged' ? '评委1' : null,
  criterion,
  value,
  kind,
});
const withCriterion = (code: string, max: number, step = 50): Track => ({
  ...before,
  segments: before.segments.map((s) => ({
    ...s,
    criteria: s.criteria.map((c) => (c.code === code ? { ...c, max, step } : c)),
  })),
});

describe('marks off a changed rubric’s scale', () => {
  it('names each mark above a lowered maximum, with the new scale', () => {
    const off = marksOffNewScale(before, withCriterion('b', 600), [
      mark('b', 750),
      mark('b', 600),
      mark('a', 5950),
    ]);
    expect(off).toEqual([
      {
        ...mark('b', 750),
        reason: 'aboveMax',
        criterionName: { zh: 'b', en: 'b' },
        max: 600,
        step: 50,
      },
    ]);
  });

  it('names a mark no longer on the step, a removed criterion’s, and a criterion that changed kind', () => {
    const moved: Track = {
      ...before,
      segments: [
        { ...twoCriteriaSegment, criteria: [criterion('a', 60)] },
        { ...quizSegment, criteria: [...quizSegment.criteria, criterion('b', 40)] },
      ],
    };
    expect(
      marksOffNewScale(before, withCriterion('a', 6000, 100), [mark('a', 750)])[0]!.reason,
    ).toBe('offStep');
    const dropped: Track = {
      ...before,
      segments: [{ ...twoCriteriaSegment, criteria: [criterion('a', 60)] }, quizSegment],
    };
    expect(marksOffNewScale(before, dropped, [mark('b', 100)])).toMatchObject([
      { reason: 'removed', max: null, criterionName: { zh: 'b' } },
    ]);
    expect(marksOffNewScale(before, moved, [mark('b', 100)])[0]!.reason).toBe('kindChanged');
    expect(marksOffNewScale(before, moved, [mark('q1', 100, 'objective')])).toEqual([]);
  });

  it('refuses a change iff some mark fails the sheet’s own scale check on the new rubric', () => {
    const scale = fc.record({
      max: fc.integer({ min: 1, max: 40 }).map((n) => n * 50),
      step: fc.constantFrom(10, 25, 50, 100),
    });
    fc.assert(
      fc.property(
        scale,
        scale,
        fc.array(
          fc.record({ c: fc.constantFrom('a', 'b'), value: fc.integer({ min: 0, max: 2500 }) }),
          {
            maxLength: 12,
          },
        ),
        (forA, forB, cells) => {
          const after: Track = {
            ...before,
            segments: [
              {
                ...twoCriteriaSegment,
                criteria: [
                  { ...criterion('a', 0), ...forA, step: Math.min(forA.step, forA.max) },
                  { ...criterion('b', 0), ...forB, step: Math.min(forB.step, forB.max) },
                ],
              },
              quizSegment,
            ],
          };
          const marks = cells.map((cell) => mark(cell.c, cell.value));
          const oracle = marks.some((m) => {
            const c = after.segments[0]!.criteria.find((x) => x.code === m.criterion)!;
            return !checkMark(formatPoints(m.value), c).ok;
          });
          expect(marksOffNewScale(before, after, marks).length > 0).toBe(oracle);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a change of the awards’ rounding', () => {
  it('leaves every mark on its scale: it moves awards, which the lock then shows as changed', () => {
    const after: Track = { ...before, awards: { ...before.awards, rounding: 'down' } };
    expect(marksOffNewScale(before, after, [mark('a', 5950), mark('b', 750)])).toEqual([]);
  });
});
