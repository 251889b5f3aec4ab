import { judgeTotalText } from '../scoring/markPlaces';
import type { EntryResult, JudgeStatus } from '../scoring/types';

// Each judge's total on the posted results (公示), by seat: a mark the rule dropped is printed in
// brackets, so the reader sees which marks made the panel score, as the host announces
// "去掉一个最高分、去掉一个最低分". Blank is not zero: no total is printed as —, never 0.

export type PostedMark =
  | { kind: 'mark'; text: string; dropped: boolean }
  | { kind: 'recused' }
  | { kind: 'none' };

const DROPPED: ReadonlySet<JudgeStatus> = new Set(['droppedHigh', 'droppedLow']);

/** The marks of one entry in the order of `judgeIds` (the panel by seat), in `places`
 * (judgeTotalPlaces: as the big screen and the Excel results write them). */
export function postedMarks(
  result: Pick<EntryResult, 'judges'>,
  judgeIds: ReadonlyArray<number>,
  places: number,
): PostedMark[] {
  const lines = new Map(result.judges.map((line) => [line.judgeId, line]));
  return judgeIds.map((id) => {
    const line = lines.get(id);
    if (!line) return { kind: 'none' };
    if (line.status === 'recused') return { kind: 'recused' };
    if (line.total === null || line.status === 'offScale') return { kind: 'none' };
    return {
      kind: 'mark',
      text: judgeTotalText(line.total, places),
      dropped: DROPPED.has(line.status),
    };
  });
}
