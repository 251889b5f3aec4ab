import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeTotalPlaces, judgeTotalText, stepDecimals } from '../../shared/scoring/markPlaces';
import { criterion, makeTrack, quizSegment } from './scoring/fixtures';

// A judge's total is written the same way on the posted results, the big screen and the Excel
// results: the track's published places, or more when its finest criterion step needs them.

const judged = (steps: number[]) => ({
  code: 'live',
  name: { zh: '现场', en: 'Live' },
  kind: 'judged' as const,
  criteria: steps.map((step, i) => ({ ...criterion(`c${i}`, 30), step })),
});

describe('the places of a judge’s total', () => {
  it('are the track’s published places, or the finest judged step’s when it is finer', () => {
    const track = (decimals: number, steps: number[]) =>
      makeTrack({ decimals, segments: [judged(steps)] });
    expect(judgeTotalPlaces(track(2, [50]))).toBe(2);
    expect(judgeTotalPlaces(track(1, [50, 100]))).toBe(1);
    expect(judgeTotalPlaces(track(0, [100]))).toBe(0);
    expect(judgeTotalPlaces(track(1, [50, 25]))).toBe(2);
    // Quiz points are no judge's total: their steps do not count.
    const quiz = { ...quizSegment, criteria: [{ ...criterion('q', 1), step: 25 }] };
    expect(judgeTotalPlaces(makeTrack({ decimals: 0, segments: [judged([100]), quiz] }))).toBe(0);
    expect([stepDecimals(100), stepDecimals(50), stepDecimals(25)]).toEqual([0, 1, 2]);
  });

  it('write every total made of on-step marks with exactly those places, whatever the marks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.constantFrom(100, 50, 25, 10, 5, 1), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat({ max: 60 }), { minLength: 6, maxLength: 6 }),
        (decimals, steps, counts) => {
          const track = makeTrack({ decimals, segments: [judged(steps)] });
          const places = judgeTotalPlaces(track);
          const total = steps.reduce((sum, step, i) => sum + step * counts[i]!, 0);
          const text = judgeTotalText(total, places);
          expect(text.split('.')[1]?.length ?? 0).toBe(places);
          expect(Math.round(Number(text) * 100)).toBe(total);
        },
      ),
    );
  });

  it('show a mark off the step whole rather than fail', () => {
    expect(judgeTotalText(8525, 1)).toBe('85.25');
    expect(judgeTotalText(8550, 2)).toBe('85.50');
  });
});
