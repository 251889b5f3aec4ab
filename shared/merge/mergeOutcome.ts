import { JUDGE_FILE_FORMAT } from '../formats/judgeFile';
import { RESULTS_FILE_FORMAT } from '../formats/resultsFile';

// What one file given to a merge came to, in the organizer's terms, and the refusals that name a
// file by what it is rather than by a format code. Pure, so the screen, the stored history and
// the command line say the same.

/**
 * merged: it changed at least one mark. duplicate: everything in it was here already (the same
 * file again, or a copy). older: nothing new, and some marks here are newer than the file's.
 * conflict: nothing applied, but a mark disagrees with the one here at the same revision.
 * refused: nothing written, with the reason.
 */
export const mergeOutcomes = ['merged', 'duplicate', 'older', 'conflict', 'refused'] as const;
export type MergeOutcome = (typeof mergeOutcomes)[number];

export interface MergeCountsSeen {
  refused: boolean;
  applied: number;
  older: number;
  conflicts: number;
}

export function mergeOutcome(file: MergeCountsSeen): MergeOutcome {
  if (file.refused) return 'refused';
  if (file.applied > 0) return 'merged';
  if (file.conflicts > 0) return 'conflict';
  if (file.older > 0) return 'older';
  return 'duplicate';
}

export interface Refusal {
  code: string;
  params?: Record<string, unknown>;
}

/**
 * A file that is not a score file, named as what it is: a judge file dropped in by mistake is a
 * judge file (评委文件), not "a file of type scoredesk.judge-file".
 */
export function wrongFileKind(refusal: Refusal): Refusal {
  if (refusal.code !== 'scoreFile.wrongFormat') return refusal;
  const found = refusal.params?.found;
  if (found === JUDGE_FILE_FORMAT) return { code: 'merge.judgeFileGiven' };
  if (found === RESULTS_FILE_FORMAT) return { code: 'merge.resultsFileGiven' };
  return { code: 'merge.notScoreFile' };
}

/**
 * The competition a score file's name says it is from: ScoreDesk names them
 * `<competition> - 评委<judge> - <time>-<n>.scoredesk-scores` (docs/file-formats.md). Undefined
 * for a file renamed since. Only a hint for the reader: the merge trusts the signed content.
 */
export function competitionInFileName(fileName: string): string | undefined {
  const match = /^(.+?) - 评委.+ - \d{8}-\d{6}/u.exec(fileName);
  const name = match?.[1]?.trim();
  return name ? name : undefined;
}
