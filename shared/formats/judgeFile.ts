import { z } from 'zod';
import { competitionInfoSchema } from '../domain/competition';
import { entryStatuses } from '../domain/people';
import { type Track, trackSchema } from '../domain/rubric';
import { code } from '../domain/text';
import type { AppError } from '../errors';
import { canonicalJson } from './canonicalJson';
import { judgeHallSchema } from './judgeHall';
import { type ParseOutcome, parseSignedFile } from './signedFile';

// The judge file (organizer → judge): the competition's structure for one judge's panel and the
// entries that judge scores, signed with the competition's key, whose public half it carries.
// No secret travels in it. Spec: docs/file-formats.md.

export const JUDGE_FILE_FORMAT = 'scoredesk.judge-file';
export const JUDGE_FILE_VERSION = 2;
export const JUDGE_FILE_EXTENSION = '.scoredesk-judge';

const MAX_ENTRIES = 10_000;
const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const text = z.string().max(200);
export const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits');
/** An Ed25519 public key: its 32 raw bytes in standard base64 (44 characters with the padding). */
export const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'base64 of 32 bytes');
/** An Ed25519 signature: 64 bytes in standard base64 (88 characters with the padding). */
export const edSignature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'base64 of 64 bytes');
/** Goes up each time the organizer retires the judge's key: older judge files are then refused. */
export const keyEpoch = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

export const judgeFileEntrySchema = z
  .object({
    id,
    track: code,
    group: code,
    no: z.string().min(1).max(40),
    name: z.string().min(1).max(200),
    organization: text,
    region: text,
    title: text,
    status: z.enum(entryStatuses),
    drawOrder: id.nullable(),
    /**
     * Present only on an entry this judge is recused from: the judge sees it greyed in its place
     * in the order, and scores nothing. Absent on every other entry, so a file without
     * recusals is byte for byte what it was before this member existed.
     */
    recusal: z.object({ reason: text }).strict().optional(),
  })
  .strict();
export type JudgeFileEntry = z.infer<typeof judgeFileEntrySchema>;

export const judgeFileSchema = z
  .object({
    format: z.literal(JUDGE_FILE_FORMAT),
    version: z.literal(JUDGE_FILE_VERSION),
    competition: competitionInfoSchema.extend({ id: z.uuid(), publicKey }).strict(),
    judge: z
      .object({
        id,
        name: z.string().min(1).max(200),
        organization: text,
        region: text,
        keyEpoch,
        /**
         * The judge's seat on each panel (track code → 1..99), shown as 3号评委 on the sheet.
         * Optional: files from before seats say none.
         */
        seats: z.record(code, z.number().int().min(1).max(99)).optional(),
      })
      .strict(),
    tracks: z.array(trackSchema).min(1).max(20),
    /** The panel's entries in draw order, the judge's recusals among them, marked `recusal`. */
    entries: z.array(judgeFileEntrySchema).max(MAX_ENTRIES),
    rubricFingerprint: hex64,
    /**
     * The head table's hall, when it was open as the file was issued: the judge's app pushes the
     * score file there live. Absent otherwise, so a file issued with the hall closed is what it
     * was before this member existed (judgeHall.ts).
     */
    hall: judgeHallSchema.optional(),
    issuedAt: z.string().max(40),
    /** Ed25519 with the competition's key over the canonical JSON without this field. */
    signature: edSignature,
  })
  .strict();
export type JudgeFile = z.infer<typeof judgeFileSchema>;

/**
 * What the rubric fingerprint hashes (SHA-256, hex): the scoring structure of the panel's tracks
 * — codes, kinds, maxima and steps — and nothing a translator or designer may change (names,
 * descriptions, order). Any change that could change what a stored score means changes it.
 */
export function rubricFingerprintInput(tracks: readonly Track[]): string {
  const byCode = <T extends { code: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return canonicalJson(
    byCode(tracks).map((track) => ({
      code: track.code,
      segments: byCode(track.segments).map((segment) => ({
        code: segment.code,
        kind: segment.kind,
        criteria: byCode(segment.criteria).map((c) => ({ code: c.code, max: c.max, step: c.step })),
      })),
    })),
  );
}

export function parseJudgeFile(content: string): ParseOutcome<JudgeFile> {
  const outcome = parseSignedFile(content, {
    kind: 'judgeFile',
    format: JUDGE_FILE_FORMAT,
    version: JUDGE_FILE_VERSION,
    schema: judgeFileSchema,
  });
  if (!outcome.ok) return outcome;
  const problem = inconsistency(outcome.file);
  return problem ? { ok: false, error: problem } : outcome;
}

/** A well-formed file can still contradict itself; the judge's store would then be wrong. */
function inconsistency(file: JudgeFile): AppError | null {
  const wrong = (detail: string): AppError => ({ code: 'judgeFile.invalid', params: { detail } });
  const tracks = new Map(file.tracks.map((t) => [t.code, t]));
  if (tracks.size !== file.tracks.length) return wrong('tracks: a code appears twice');
  const ids = new Set<number>();
  const numbers = new Set<string>();
  for (const entry of file.entries) {
    const track = tracks.get(entry.track);
    if (!track) return wrong(`entries: ${entry.no} names an unknown track ${entry.track}`);
    if (!track.groups.some((g) => g.code === entry.group)) {
      return wrong(`entries: ${entry.no} names an unknown group ${entry.group}`);
    }
    if (ids.has(entry.id)) return wrong(`entries: id ${entry.id} appears twice`);
    if (numbers.has(`${entry.track}:${entry.no}`))
      return wrong(`entries: ${entry.no} appears twice`);
    ids.add(entry.id);
    numbers.add(`${entry.track}:${entry.no}`);
  }
  return null;
}
