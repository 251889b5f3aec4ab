import { z } from 'zod';
import { edSignature, hex64, keyEpoch, publicKey } from './judgeFile';
import { isScoreFileCell, positiveId, scoreFileCellSchema } from './scoreFileCell';
import { type ParseOutcome, parseSignedBytes, parseSignedFile } from './signedFile';

// The score file (judge → organizer): every cell the judge has touched, with its revision,
// signed with the key pair made on the judge's own device, whose public half it carries. Spec:
// docs/file-formats.md.

export const SCORE_FILE_FORMAT = 'scoredesk.score-file';
export const SCORE_FILE_VERSION = 2;
export const SCORE_FILE_EXTENSION = '.scoredesk-scores';
export const MAX_SCORES = 200_000;

export const scoreFileSchema = z
  .object({
    format: z.literal(SCORE_FILE_FORMAT),
    version: z.literal(SCORE_FILE_VERSION),
    competitionId: z.uuid(),
    rubricFingerprint: hex64,
    judge: z
      .object({ id: positiveId, name: z.string().min(1).max(200), keyEpoch, publicKey })
      .strict(),
    submissions: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    submittedAt: z.string().max(40).nullable(),
    scores: z.array(scoreFileCellSchema).max(MAX_SCORES),
    /** Ed25519 with the judge's key over the canonical JSON without this field. */
    signature: edSignature,
  })
  .strict();
export type ScoreFile = z.infer<typeof scoreFileSchema>;

const spec = {
  kind: 'scoreFile',
  format: SCORE_FILE_FORMAT,
  version: SCORE_FILE_VERSION,
  schema: scoreFileSchema,
  quickParse,
} as const;

export function parseScoreFile(content: string): ParseOutcome<ScoreFile> {
  return parseSignedFile(content, spec);
}

/** The same for a file's bytes, valid UTF-8, and those bytes as Latin-1 (see parseSignedBytes). */
export function parseScoreFileBytes(bytes: Uint8Array, binary: string): ParseOutcome<ScoreFile> {
  return parseSignedBytes(bytes, binary, spec);
}

/**
 * zod on everything but the cells, which are checked by hand; when anything is wrong, null lets
 * zod check the whole file, so the reason given is zod's, as it always was.
 */
function quickParse(raw: Record<string, unknown>): ScoreFile | null {
  const { scores } = raw;
  if (!Array.isArray(scores) || scores.length > MAX_SCORES) return null;
  for (const cell of scores) if (!isScoreFileCell(cell)) return null;
  const head = scoreFileSchema.safeParse({ ...raw, scores: [] });
  return head.success ? { ...head.data, scores } : null;
}
