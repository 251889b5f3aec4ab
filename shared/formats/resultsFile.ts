import { z } from 'zod';
import { code } from '../domain/text';
import { edSignature, hex64, publicKey } from './judgeFile';
import { KEY_FINGERPRINT } from './keyFingerprint';
import { type ParseOutcome, parseSignedFile } from './signedFile';

// The signed results file (organizer → anyone): one locked version of one track's results, the
// rows exactly as the posted list (公示) shows them, signed with the competition's key. Whoever
// holds the competition's fingerprint can check that a posted list is the organizer's and
// unaltered. Nothing in it changes from one export to the next (no export time), so the same
// version always gives the same bytes and the same verification code. Spec: docs/file-formats.md.

export const RESULTS_FILE_FORMAT = 'scoredesk.results-file';
/** The family's format version: judge files, score files and paper sheets are at 2 as well. */
export const RESULTS_FILE_VERSION = 2;
export const RESULTS_FILE_EXTENSION = '.scoredesk-results';

const MAX_ROWS = 10_000;
const text = z.string().max(200);
const named = z.object({ zh: text, en: text }).strict();
/** A figure as printed: decimal text, never a float. */
const figure = z.string().regex(/^\d{1,7}(?:\.\d{1,4})?$/, 'decimal text');

export const postedRowSchema = z
  .object({
    /** Standard competition rank within the group; null for an unranked entry (printed —). */
    rank: z.number().int().min(1).max(MAX_ROWS).nullable(),
    no: z.string().min(1).max(40),
    name: z.string().min(1).max(200),
    organization: text,
    region: text,
    /** The panel score as printed; null when there is none. */
    panel: figure.nullable(),
    /** Objective points; null on a track without objective segments. */
    objective: figure.nullable(),
    /** Deductions, as a positive figure; null when none. */
    penalties: figure.nullable(),
    final: figure.nullable(),
    award: z.object({ code, name: named }).strict().nullable(),
    singleAwards: z.array(z.string().min(1).max(100)).max(20),
  })
  .strict();
export type PostedRow = z.infer<typeof postedRowSchema>;

export const resultsFileSchema = z
  .object({
    format: z.literal(RESULTS_FILE_FORMAT),
    version: z.literal(RESULTS_FILE_VERSION),
    competition: z
      .object({
        id: z.uuid(),
        name: z.string().min(1).max(200),
        edition: z.string().max(100),
        venue: z.string().max(200),
        startDate: z.string().max(10),
        endDate: z.string().max(10),
        publicKey,
        /** Of `publicKey`; a reader refuses a file where it is not. */
        fingerprint: z.string().regex(KEY_FINGERPRINT, 'key fingerprint'),
      })
      .strict(),
    track: z.object({ code, name: named, decimals: z.number().int().min(0).max(2) }).strict(),
    publication: z
      .object({
        version: z.number().int().min(1).max(100_000),
        lockedAt: z.string().max(40),
        lockedBy: z.string().min(1).max(100),
        reason: z.string().max(500),
        inputHash: hex64,
      })
      .strict(),
    groups: z
      .array(z.object({ code, name: named, rows: z.array(postedRowSchema).max(MAX_ROWS) }).strict())
      .min(1)
      .max(50),
    /** Ed25519 with the competition's key over the canonical JSON without this field. */
    signature: edSignature,
  })
  .strict();
export type ResultsFile = z.infer<typeof resultsFileSchema>;
export type UnsignedResultsFile = Omit<ResultsFile, 'signature'>;

export function parseResultsFile(content: string): ParseOutcome<ResultsFile> {
  return parseSignedFile(content, {
    kind: 'resultsFile',
    format: RESULTS_FILE_FORMAT,
    version: RESULTS_FILE_VERSION,
    schema: resultsFileSchema,
  });
}
