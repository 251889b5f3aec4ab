import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalog';
import {
  type CellState,
  compareCell,
  countStates,
  mergeableValue,
  type PassSide,
} from '../../shared/paper/doubleEntry';
import { namedMarkError } from '../../shared/paper/namedMarkError';

const value = fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null });
const side: fc.Arbitrary<PassSide> = fc.record({
  cell: fc.option(fc.record({ typed: fc.constant(true), value }), { nil: undefined }),
  finished: fc.boolean(),
});
const typed = (v: number | null, finished = false): PassSide => ({
  cell: { typed: true, value: v },
  finished,
});
const untouched = (finished = false): PassSide => ({ cell: undefined, finished });

/** The same state seen from the other pass: the two sides swap, nothing else. */
function swapped(state: CellState): CellState {
  if (state.kind === 'mismatch') return { ...state, first: state.second, second: state.first };
  return state;
}

describe('comparing the two passes of a cell', () => {
  it('merges only what both typed alike', () => {
    expect(compareCell(typed(3000), typed(3000))).toEqual({ kind: 'agreed', value: 3000 });
    expect(mergeableValue(compareCell(typed(3000), typed(3000)))).toBe(3000);
    expect(compareCell(typed(3500), typed(3000))).toEqual({
      kind: 'mismatch',
      first: 3500,
      second: 3000,
    });
    expect(mergeableValue(compareCell(typed(3500), typed(3000)))).toBeNull();
  });

  it('waits for a pass that has not been there, and reads its gap as blank once it is done', () => {
    expect(compareCell(typed(2500), untouched())).toEqual({ kind: 'waiting' });
    expect(compareCell(typed(2500), untouched(true))).toEqual({
      kind: 'mismatch',
      first: 2500,
      second: null,
    });
    // Blank and blank agree on nothing to merge: blank is missing, never 0.
    const blank = compareCell(untouched(true), typed(null));
    expect(blank).toEqual({ kind: 'agreed', value: null });
    expect(mergeableValue(blank)).toBeNull();
  });

  it('holds a decision for the two values it was made on, and only those', () => {
    const decision = { first: 3500, second: 3000, value: 3000 };
    expect(compareCell(typed(3500), typed(3000), decision)).toEqual({
      kind: 'resolved',
      value: 3000,
      first: 3500,
      second: 3000,
    });
    // A typist changes a figure after the decision: it is a new disagreement to decide.
    expect(compareCell(typed(3400), typed(3000), decision).kind).toBe('mismatch');
  });

  it('is the same whichever pass is called first', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        expect(compareCell(b, a)).toEqual(swapped(compareCell(a, b)));
      }),
    );
  });

  it('never lets a disagreement or a cell still to type merge, and merges no blank', () => {
    fc.assert(
      fc.property(
        side,
        side,
        fc.option(fc.record({ first: value, second: value, value })),
        (a, b, r) => {
          const state = compareCell(a, b, r ?? undefined);
          const merged = mergeableValue(state);
          if (state.kind === 'mismatch' || state.kind === 'waiting') expect(merged).toBeNull();
          if (merged !== null) {
            // Either both passes typed it, or a person chose it over two known values.
            const first = a.cell?.typed ? a.cell.value : a.finished ? null : undefined;
            const second = b.cell?.typed ? b.cell.value : b.finished ? null : undefined;
            expect(first).not.toBeUndefined();
            expect(second).not.toBeUndefined();
            if (state.kind === 'agreed') expect([first, second]).toEqual([merged, merged]);
            else expect(r?.value).toBe(merged);
          }
        },
      ),
    );
  });

  it('counts every cell once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(side, side)), (pairs) => {
        const counts = countStates(pairs.map(([a, b]) => compareCell(a, b)));
        expect(counts.agreed + counts.mismatches + counts.resolved + counts.waiting).toBe(
          pairs.length,
        );
      }),
    );
  });
});

describe('a refused mark said as the paper says it', () => {
  it('names the contestant and the criterion, not a cell', () => {
    const error = namedMarkError(
      { no: '025', name: '郭志远' },
      {
        code: 'mark.aboveMax',
        params: {
          criterion: { zh: '科学内容与主题', en: 'Science content and theme' },
          value: '35',
          max: '30',
          step: '0.5',
        },
      },
    );
    expect(translate('zh-CN', error.code, error.params)).toBe(
      '025 郭志远 · 科学内容与主题：35 超过满分 30',
    );
    expect(translate('en', error.code, error.params)).toBe(
      '025 郭志远 · Science content and theme: 35 is above the maximum 30',
    );
  });
});
