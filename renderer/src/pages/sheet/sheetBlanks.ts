import type { SheetView } from '../../../../shared/api/judging';
import type { Criterion } from '../../../../shared/domain/rubric';

/** One contestant with unscored criteria: what 提交 lists before it asks to confirm. */
export interface BlankRow {
  entryId: number;
  no: string;
  name: string;
  criteria: Criterion[];
}

export const markKey = (entryId: number, criterion: string) => `${entryId}:${criterion}`;

/** Whether the judge scores this row: not recused, not removed from the roster. */
export const scoreable = (entry: SheetView['entries'][number]) =>
  entry.recusal === null && !entry.removed;

/** Every scoreable row with a blank, in sheet order; an absent contestant's blanks count too. */
export function blankRows(
  entries: SheetView['entries'],
  criteriaOf: (track: string) => Criterion[],
  marks: ReadonlyMap<string, number>,
): BlankRow[] {
  return entries.filter(scoreable).flatMap((entry) => {
    const criteria = criteriaOf(entry.track).filter((c) => !marks.has(markKey(entry.id, c.code)));
    return criteria.length === 0
      ? []
      : [{ entryId: entry.id, no: entry.no, name: entry.name, criteria }];
  });
}
