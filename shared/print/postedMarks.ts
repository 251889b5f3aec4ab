import { formatPoints } from '../domain/points';
import type { EntryResult, JudgeStatus } from '../scoring/types';

// Each judge's total on the posted results (公示), by seat: a mark the rule dropped is printed in
// brackets, so the reader sees which marks made the panel score, as the host announces
// "去掉一个最高分、去掉一个最低分". Blank is not zero: no total is printed as —, never 0.

export type PostedMark =
  | { kind: 'mark'; text: string; dropped: boolean }
  | { kind: 'recused' }
  | { kind: 'none' };

const DROPPED: ReadonlySet<JudgeStatus> = new Set(['droppedHigh', 'droppedLow']);

/** One place when every total allows it (85.5), else two (85.25): one format on the whole page. */
export function markDecimals(results: ReadonlyArray<Pick<EntryResult, 'judges'>>): 1 | 2 {
  const fine = results.some((result) =>
    result.judges.some((line) => line.total !== null && line.total % 10 !== 0),
  );
  return fine ? 2 : 1;
}

/** The marks of one entry in the order of `judgeIds` (the panel by seat). */
export function postedMarks(
  result: Pick<EntryResult, 'judges'>,
  judgeIds: ReadonlyArray<number>,
  decimals: 1 | 2,
): PostedMark[] {
  const lines = new Map(result.judges.map((line) => [line.judgeId, line]));
  return judgeIds.map((id) => {
    const line = lines.get(id);
    if (!line) return { kind: 'none' };
    if (line.status === 'recused') return { kind: 'recused' };
    if (line.total === null || line.status === 'offScale') return { kind: 'none' };
    return {
      kind: 'mark',
      text: formatPoints(line.total, decimals),
      dropped: DROPPED.has(line.status),
    };
  });
}
