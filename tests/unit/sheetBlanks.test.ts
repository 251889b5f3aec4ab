import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blankRows,
  completeRows,
  markKey,
  scoredRows,
} from '../../renderer/src/pages/sheet/sheetBlanks';
import type { SheetView } from '../../shared/api/judging';
import type { Criterion } from '../../shared/domain/rubric';

const criterion = (code: string): Criterion => ({
  code,
  name: { zh: code, en: code },
  description: { zh: '', en: '' },
  max: 1000,
  step: 50,
});
const criteria: Record<string, Criterion[]> = {
  exhibit: ['a', 'b', 'c'].map(criterion),
  drama: ['d', 'e'].map(criterion),
};
const criteriaOf = (track: string) => criteria[track] ?? [];

const entry = fc
  .record({
    track: fc.constantFrom('exhibit', 'drama'),
    removed: fc.boolean(),
    recused: fc.boolean(),
  })
  .map(
    ({ track, removed, recused }): Omit<SheetView['entries'][number], 'id' | 'no'> => ({
      track,
      name: '某某',
      title: '',
      status: 'competing',
      drawOrder: null,
      removed,
      recusal: recused ? { reason: '同单位' } : null,
    }),
  );

describe('the blanks the sheet counts and 提交 lists', () => {
  it('counts a row complete exactly when it has no blank, and lists every blank in order', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.constantFrom('a', 'b', 'c', 'd', 'e'))),
        (drawn, marked) => {
          const entries = drawn.map((e, i) => ({ ...e, id: i + 1, no: String(i + 1) }));
          const marks = new Map(marked.map(([i, c]) => [markKey(i + 1, c), 500]));
          const rows = scoredRows(entries, criteriaOf);
          const blanks = blankRows(rows, marks);
          // Recused and removed rows take no marks, so they are neither done nor blank.
          expect(rows.map((r) => r.entry.id)).toEqual(
            entries.filter((e) => !e.removed && e.recusal === null).map((e) => e.id),
          );
          expect(completeRows(rows, marks) + blanks.length).toBe(rows.length);
          for (const row of rows) {
            const listed = blanks.find((b) => b.entryId === row.entry.id);
            const open = criteriaOf(row.entry.track).filter(
              (c) => !marks.has(markKey(row.entry.id, c.code)),
            );
            expect(listed?.criteria.map((c) => c.code) ?? []).toEqual(open.map((c) => c.code));
          }
        },
      ),
    );
  });
});
