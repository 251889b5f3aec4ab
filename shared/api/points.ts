import { z } from 'zod';
import { code, hundredths } from '../domain/text';
import { defineCalls } from './define';

/** A quiz system's export or a deductions sheet, for one track. */
export const pointsRequestSchema = z.object({
  track: code,
  /** base64 of at most 10 MB (the service refuses larger with a clear message). */
  file: z.object({ name: z.string().min(1).max(260), base64: z.string().max(16_000_000) }),
  /** Why the points change: required once the track's results are locked (quiz points). */
  reason: z.string().trim().max(500).optional(),
});
export type PointsRequest = z.infer<typeof pointsRequestSchema>;

const param = z.union([z.string(), z.number(), z.object({ zh: z.string(), en: z.string() })]);
const problem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  no: z.string().nullable(),
  name: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), param).optional(),
});

export const pointsPreviewSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** 1-based row of the header. */
  headerRow: z.number().int(),
  columns: z.array(
    z.object({
      letter: z.string(),
      header: z.string(),
      /** no, name, question, total, points, reason; null: not imported. */
      meaning: z.string().nullable(),
      /** For a question column: the quiz criterion it feeds. */
      criterion: z.string().nullable(),
    }),
  ),
  rowCount: z.number().int(),
  problems: z.array(problem),
  /** Quiz: a value per criterion; deductions: one deduction added (criterion null). */
  changes: z.array(
    z.object({
      row: z.number().int(),
      no: z.string(),
      name: z.string(),
      criterion: z.string().nullable(),
      before: hundredths.nullable(),
      after: hundredths,
      reason: z.string().nullable(),
    }),
  ),
  unchanged: z.number().int(),
  blank: z.number().int(),
  notInFile: z.array(z.object({ no: z.string(), name: z.string() })),
  /** The file gave totals only, spread over the questions. */
  fromTotal: z.boolean(),
  /** The track's results are locked: applying needs a reason. */
  locked: z.boolean(),
});
export type PointsPreview = z.infer<typeof pointsPreviewSchema>;

export const pointsSummarySchema = z.object({
  changed: z.number().int(),
  unchanged: z.number().int(),
  blank: z.number().int(),
  notInFile: z.number().int(),
});
export type PointsSummary = z.infer<typeof pointsSummarySchema>;

export const pointsCalls = defineCalls({
  'quizPoints.preview': { input: pointsRequestSchema, output: pointsPreviewSchema },
  'quizPoints.apply': { input: pointsRequestSchema, output: pointsSummarySchema },
  'deductions.preview': { input: pointsRequestSchema, output: pointsPreviewSchema },
  'deductions.apply': { input: pointsRequestSchema, output: pointsSummarySchema },
});
