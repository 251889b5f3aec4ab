import { z } from 'zod';
import { code, hundredths, localizedText } from '../domain/text';
import { mergeOutcomes } from '../merge/mergeOutcome';
import { defineCalls } from './define';

const id = z.number().int().positive();
/** A file chosen or dropped by the user, read as text in the renderer. */
const fileInput = z.object({
  name: z.string().max(500),
  content: z.string().max(50 * 1024 * 1024),
});
const download = z.object({ fileName: z.string(), content: z.string() });

/**
 * submitted: every mark there and the judge submitted after the last of them; scored: every mark
 * there, not (yet) submitted; partial: some blanks; missing: none; recused: not the judge's to
 * score (never counted as done); conflict: a mark waits for the organizer's decision.
 */
export const cellStates = [
  'submitted',
  'scored',
  'partial',
  'missing',
  'recused',
  'conflict',
] as const;
export type CellState = (typeof cellStates)[number];

/** Both sides of a conflict: the mark here and the file's, each with its file and typing time. */
const conflictView = z.object({
  id,
  judge: z.string(),
  entryNo: z.string(),
  entryName: z.string(),
  track: code,
  criterion: z.string(),
  criterionName: localizedText,
  revision: z.number(),
  /** null: that side is a cleared cell (blank, not zero). */
  storedValue: hundredths.nullable(),
  incomingValue: hundredths.nullable(),
  /** The incoming file's name; the stored mark's file as far as the store knows (null: not known). */
  source: z.string(),
  storedSource: z.string().nullable(),
  /** When each side was typed on the judge's device (null: recorded before this was kept). */
  storedSavedAt: z.string().nullable(),
  incomingSavedAt: z.string().nullable(),
  foundAt: z.string(),
});

export const recusalView = z.object({
  judgeId: id,
  entryId: id,
  reason: z.string(),
  source: z.enum(['auto', 'manual']),
});

/** A track's draw: its seed, and the entries appended after it (late entries) with their order. */
export const drawView = z.object({
  seed: z.number(),
  drawnAt: z.string(),
  late: z.array(
    z.object({ entryId: id, no: z.string(), name: z.string(), order: z.number(), at: z.string() }),
  ),
});

export const mergeFileSummary = z.object({
  name: z.string(),
  judge: z.string().nullable(),
  /** applied: at least one score changed; unchanged: nothing new; refused: nothing written. */
  status: z.enum(['applied', 'unchanged', 'refused']),
  applied: z.number(),
  unchanged: z.number(),
  older: z.number(),
  conflicts: z.number(),
  /** Why a file was refused, as a catalog code with its data. */
  reason: z
    .object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })
    .nullable(),
});
export type MergeFileSummary = z.infer<typeof mergeFileSummary>;

export const sheetView = z.object({
  /** `seats`: track code → seat on that panel, as the judge file named them (none before seats). */
  judge: z.object({ id, name: z.string(), seats: z.record(code, z.number().int()) }),
  track: code,
  /** Entries of the panel in draw order, recusals among them; `track` for judges on several panels. */
  entries: z.array(
    z.object({
      id,
      track: code,
      no: z.string(),
      name: z.string(),
      title: z.string(),
      status: z.string(),
      drawOrder: z.number().nullable(),
      /** No longer in the newest judge file: shown withdrawn, marks kept, not sent. */
      removed: z.boolean(),
      /** The judge is recused from this entry (回避): shown greyed, no mark taken or sent. */
      recusal: z.object({ reason: z.string() }).nullable(),
    }),
  ),
  scores: z.array(
    z.object({ entryId: id, criterion: code, value: hundredths, revision: z.number() }),
  ),
  submissions: z.number(),
  submittedAt: z.string().nullable(),
  /** Of the key this device made for the judge: read aloud to the head table to compare. */
  keyFingerprint: z.string().nullable(),
});
export type SheetView = z.infer<typeof sheetView>;

export const judgingCalls = defineCalls({
  // Organizer: recusals and the draw.
  'recusals.list': { input: z.object({ track: code }), output: z.array(recusalView) },
  'recusals.suggest': { input: z.object({ track: code }), output: z.array(recusalView) },
  'recusals.set': {
    input: z.object({
      judgeId: id,
      entryId: id,
      recused: z.boolean(),
      reason: z.string().trim().max(200),
    }),
    output: z.array(recusalView),
  },
  'draw.run': {
    input: z.object({
      track: code,
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .optional(),
    }),
    output: drawView,
  },
  'draw.get': {
    input: z.object({ track: code }),
    output: drawView.nullable(),
  },
  // Organizer: files out and in.
  'judgeFiles.export': { input: z.object({ judgeId: id }), output: download },
  /** The judges' public keys, each with its fingerprint and the head table's decision. */
  'judgeKeys.list': {
    input: z.object({}),
    output: z.array(
      z.object({
        judgeId: id,
        judge: z.string(),
        fingerprint: z.string(),
        state: z.enum(['pending', 'accepted', 'retired']),
        firstSeenAt: z.string(),
        decidedAt: z.string().nullable(),
        decidedBy: z.string().nullable(),
        reason: z.string(),
      }),
    ),
  },
  'judgeKeys.accept': {
    input: z.object({ judgeId: id, fingerprint: z.string().max(40) }),
    output: z.object({}),
  },
  'judgeKeys.retire': {
    input: z.object({ judgeId: id, reason: z.string().trim().min(1).max(200) }),
    output: z.object({}),
  },
  /** Every panel judge's last judge file: issued or not, and stale after a change or not. */
  'judgeFiles.status': {
    input: z.object({}),
    output: z.array(
      z.object({
        judgeId: id,
        judge: z.string(),
        tracks: z.array(code),
        status: z.enum(['never', 'current', 'stale']),
        changed: z.array(z.enum(['competition', 'rubric', 'entries', 'seats'])),
        issuedAt: z.string().nullable(),
        times: z.number(),
      }),
    ),
  },
  'scoreFiles.merge': {
    input: z.object({ files: z.array(fileInput).min(1).max(200) }),
    output: z.array(mergeFileSummary),
  },
  'completeness.get': {
    input: z.object({ track: code }),
    output: z.object({
      judges: z.array(z.object({ id, name: z.string(), seat: z.number().int().nullable() })),
      entries: z.array(z.object({ id, no: z.string(), name: z.string() })),
      /** Keyed `${entryId}:${judgeId}`. */
      cells: z.record(z.string(), z.enum(cellStates)),
    }),
  },
  'conflicts.list': { input: z.object({}), output: z.array(conflictView) },
  /** Decided conflicts, the latest first: which value was kept, by whom, why. */
  'conflicts.decided': {
    input: z.object({}),
    output: z.array(
      conflictView.extend({
        value: hundredths.nullable(),
        decidedAt: z.string(),
        decidedBy: z.string(),
        reason: z.string(),
      }),
    ),
  },
  /** value null: the organizer decides the cell stays blank. Who decided and why are required. */
  'conflicts.resolve': {
    input: z.object({
      id,
      value: hundredths.nullable(),
      decidedBy: z.string().trim().min(1).max(100),
      reason: z.string().trim().min(1).max(500),
    }),
    output: z.object({}),
  },
  /** Every file given to a merge, newest merge first, as the merge page lists them. */
  'mergeHistory.list': {
    input: z.object({}),
    output: z.array(
      z.object({
        batch: z.number().int(),
        mergedAt: z.string(),
        fileName: z.string(),
        judge: z.string().nullable(),
        outcome: z.enum(mergeOutcomes),
        applied: z.number(),
        unchanged: z.number(),
        older: z.number(),
        conflicts: z.number(),
        reason: z
          .object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })
          .nullable(),
      }),
    ),
  },
  // Judge: the judge's own copy.
  'judgeFiles.open': {
    input: z.object({ file: fileInput }),
    output: z.object({ path: z.string() }),
  },
  'sheet.get': { input: z.object({}), output: sheetView },
  'sheet.setScore': {
    input: z.object({ entryId: id, criterion: code, value: hundredths.nullable() }),
    output: z.object({ revision: z.number() }),
  },
  /** Also makes the score file that carries the submission, kept in `folder` (keptScoreFile). */
  'sheet.submit': {
    input: z.object({}),
    output: z.object({
      submissions: z.number(),
      submittedAt: z.string(),
      fileName: z.string(),
      folder: z.string(),
    }),
  },
  /** The download, and the folder on this computer where a copy was kept. */
  'scoreFiles.export': { input: z.object({}), output: download.extend({ folder: z.string() }) },
});
