import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  conflictKey,
  decideCell,
  decideFile,
  type IncomingCell,
  mergeCells,
} from '../../shared/merge/mergeDecisions';

const keys = ['1:content', '1:delivery', '2:content', '2:delivery', '3:content'];
const value = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null });
const cell = fc.record({ value, revision: fc.integer({ min: 1, max: 6 }) });
const storedCells = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...keys), cell), { selector: ([key]) => key })
  .map((pairs) => new Map<string, Cell>(pairs));
/** A file names each cell at most once, as the judge's app writes it. */
const file = fc
  .uniqueArray(
    fc.record({ key: fc.constantFrom(...keys), value, revision: fc.integer({ min: 1, max: 6 }) }),
    {
      selector: (c) => c.key,
    },
  )
  .map((cells) => cells as IncomingCell[]);

describe('deciding one cell', () => {
  it('applies to an empty cell, blank included (a blank must supersede later)', () => {
    expect(decideCell(undefined, { value: 850, revision: 1 })).toBe('apply');
    expect(decideCell(undefined, { value: null, revision: 2 })).toBe('apply');
  });

  it('lets the newer revision win and ignores an older one', () => {
    expect(decideCell({ value: 850, revision: 1 }, { value: 900, revision: 2 })).toBe('apply');
    expect(decideCell({ value: 850, revision: 3 }, { value: 900, revision: 2 })).toBe('older');
    expect(decideCell({ value: 850, revision: 1 }, { value: null, revision: 2 })).toBe('apply');
  });

  it('sees the same revision with the same value as unchanged, blank or not', () => {
    expect(decideCell({ value: 850, revision: 2 }, { value: 850, revision: 2 })).toBe('unchanged');
    expect(decideCell({ value: null, revision: 2 }, { value: null, revision: 2 })).toBe(
      'unchanged',
    );
  });

  it('calls the same revision with another value a conflict, unless already decided', () => {
    expect(decideCell({ value: 850, revision: 2 }, { value: 900, revision: 2 })).toBe('conflict');
    expect(decideCell({ value: 850, revision: 2 }, { value: null, revision: 2 })).toBe('conflict');
    // Blank is not zero: a 0 against a blank is a real disagreement.
    expect(decideCell({ value: null, revision: 2 }, { value: 0, revision: 2 })).toBe('conflict');
    expect(decideCell({ value: 850, revision: 2 }, { value: 900, revision: 2 }, true)).toBe(
      'unchanged',
    );
  });

  it('names conflicts exactly, blank apart from zero', () => {
    expect(conflictKey('1:a', 2, 0)).not.toBe(conflictKey('1:a', 2, null));
    expect(conflictKey('1:a', 2, 5)).not.toBe(conflictKey('1:a', 3, 5));
  });
});

describe('deciding a whole file', () => {
  it('decides the same when told the keys are distinct, and says what each cell met', () => {
    const resolved = fc
      .array(fc.tuple(fc.constantFrom(...keys), cell))
      .map((list) => new Set(list.map(([key, c]) => conflictKey(key, c.revision, c.value))));
    fc.assert(
      fc.property(storedCells, file, resolved, (stored, incoming, decided) => {
        const tracked = decideFile(stored, incoming, decided);
        expect(decideFile(stored, incoming, decided, true)).toEqual(tracked);
        expect(tracked.before).toEqual(incoming.map((c) => stored.get(c.key)));
      }),
    );
  });

  it('decides a key named twice against its first arrival', () => {
    const incoming = [
      { key: '1:content', value: 850, revision: 2 },
      { key: '1:content', value: 900, revision: 2 },
    ];
    const { decisions, before, counts } = decideFile(new Map(), incoming);
    expect(decisions).toEqual(['apply', 'conflict']);
    expect(before).toEqual([undefined, { value: 850, revision: 2 }]);
    expect(counts).toEqual({ applied: 1, unchanged: 0, older: 0, conflicts: 1 });
  });
});

describe('merging files (properties)', () => {
  it('is idempotent: the same file a second time changes nothing', () => {
    fc.assert(
      fc.property(storedCells, file, (stored, incoming) => {
        const once = mergeCells(stored, incoming);
        const twice = mergeCells(once.cells, incoming);
        expect(twice.cells).toEqual(once.cells);
        expect(twice.counts.applied).toBe(0);
      }),
    );
  });

  it('lets the newer revision win: every applied cell ends as the file has it', () => {
    fc.assert(
      fc.property(storedCells, file, (stored, incoming) => {
        const { cells } = mergeCells(stored, incoming);
        for (const c of incoming) {
          const before = stored.get(c.key);
          if (!before || c.revision > before.revision) {
            expect(cells.get(c.key)).toEqual({ value: c.value, revision: c.revision });
          } else {
            expect(cells.get(c.key)).toEqual(before);
          }
        }
      }),
    );
  });

  it('never guesses a conflict: the stored cell stays as it was, and it is counted', () => {
    fc.assert(
      fc.property(storedCells, file, (stored, incoming) => {
        const { cells, counts } = mergeCells(stored, incoming);
        let conflicts = 0;
        for (const c of incoming) {
          const before = stored.get(c.key);
          if (before && before.revision === c.revision && before.value !== c.value) {
            conflicts++;
            expect(cells.get(c.key)).toEqual(before);
          }
        }
        expect(counts.conflicts).toBe(conflicts);
      }),
    );
  });

  it('treats a decided conflict as unchanged', () => {
    const stored = new Map([['1:content', { value: 850, revision: 2 }]]);
    const incoming = [{ key: '1:content', value: 900, revision: 2 }];
    const decided = new Set([conflictKey('1:content', 2, 900)]);
    const { cells, counts } = mergeCells(stored, incoming, decided);
    expect(counts).toEqual({ applied: 0, unchanged: 1, older: 0, conflicts: 0 });
    expect(cells.get('1:content')).toEqual({ value: 850, revision: 2 });
  });

  it('is order-free: files of one judge’s history merge to the same cells in any order', () => {
    // One history per cell: the value at a revision is fixed, so no two files conflict.
    const valueAt = (key: string, revision: number): number | null =>
      revision % 4 === 0 ? null : (key.length * 37 + revision * 11) % 500;
    const snapshot = fc
      .uniqueArray(
        fc.record({ key: fc.constantFrom(...keys), revision: fc.integer({ min: 1, max: 8 }) }),
        { selector: (c) => c.key },
      )
      .map((cells) => cells.map((c) => ({ ...c, value: valueAt(c.key, c.revision) })));
    fc.assert(
      fc.property(
        fc
          .array(snapshot, { minLength: 1, maxLength: 5 })
          .chain((files) =>
            fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })),
          ),
        ([files, shuffled]) => {
          const mergeAll = (list: IncomingCell[][]) =>
            list.reduce((cells, f) => {
              const result = mergeCells(cells, f);
              expect(result.counts.conflicts).toBe(0);
              return result.cells;
            }, new Map<string, Cell>());
          const inOrder = mergeAll(files);
          expect(mergeAll(shuffled)).toEqual(inOrder);
          expect(mergeAll([...files].reverse())).toEqual(inOrder);
          // And the result is the newest revision seen of every cell.
          for (const [key, c] of inOrder) {
            const newest = Math.max(
              ...files
                .flat()
                .filter((x) => x.key === key)
                .map((x) => x.revision),
            );
            expect(c).toEqual({ value: valueAt(key, newest), revision: newest });
          }
        },
      ),
    );
  });
});
