import { z } from 'zod';
import { code, hundredths } from '../domain/text';
import { hex64 } from './judgeFile';
import { type ParseOutcome, parseSignedFile } from './signedFile';

// The score file (judge → organizer): every cell the judge has touched, with its revision,
// signed with the judge's key. Spec: docs/file-formats.md.

export const SCORE_FILE_FORMAT = 'scoredesk.score-file';
export const SCORE_FILE_VERSION = 1;
export const SCORE_FILE_EXTENSION = '.scoredesk-scores';
export const MAX_SCORES = 200_000;

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const scoreFileCellSchema = z
  .object({
    entryId: id,
    /** For people reading the file; the merge goes by entryId. */
    entryNo: z.string().min(1).max(40),
    track: code,
    criterion: code,
    /** Integer hundredths; null is a cleared cell — blank, never zero — that must supersede. */
    value: hundredths.nullable(),
    /** Per cell, raised by one on every change on the judge's laptop; the higher one wins. */
    revision: id,
    updatedAt: z.string().max(40),
  })
  .strict();
export type ScoreFileCell = z.infer<typeof scoreFileCellSchema>;

export const scoreFileSchema = z
  .object({
    format: z.literal(SCORE_FILE_FORMAT),
    version: z.literal(SCORE_FILE_VERSION),
    competitionId: z.uuid(),
    rubricFingerprint: hex64,
    judge: z.object({ id, name: z.string().min(1).max(200) }).strict(),
    submissions: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    submittedAt: z.string().max(40).nullable(),
    scores: z.array(scoreFileCellSchema).max(MAX_SCORES),
    /** Hex HMAC-SHA256 with the judge's key over the canonical JSON without this field. */
    signature: hex64,
  })
  .strict();
export type ScoreFile = z.infer<typeof scoreFileSchema>;

export function parseScoreFile(content: string): ParseOutcome<ScoreFile> {
  return parseSignedFile(content, {
    kind: 'scoreFile',
    format: SCORE_FILE_FORMAT,
    version: SCORE_FILE_VERSION,
    schema: scoreFileSchema,
  });
}
