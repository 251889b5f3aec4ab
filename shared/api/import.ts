import { z } from 'zod';
import { code } from '../domain/text';
import { importFields, importKinds } from '../roster/fields';
import { defineCalls } from './define';

const field = z.enum(importFields);
const mapping = z.array(field.nullable()).max(500);
const param = z.union([z.string(), z.number(), z.object({ zh: z.string(), en: z.string() })]);

export const importRequestSchema = z.object({
  kind: z.enum(importKinds),
  /** The roster page's track: rows without a track column land in it. */
  track: code.optional(),
  /** base64 of at most 10 MB (the service refuses larger with a clear message). */
  file: z.object({ name: z.string().min(1).max(260), base64: z.string().max(16_000_000) }),
  /** Per column the field it feeds, or null; absent: the suggested mapping. */
  mapping: mapping.optional(),
  /** Also remove those of the file's scope missing from it (never those with marks). */
  removeMissing: z.boolean().optional(),
});

const problem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: z.string(),
  params: z.record(z.string(), param).optional(),
});

const diffItem = z.object({
  row: z.number().int().nullable(),
  track: z.string().nullable(),
  no: z.string().nullable(),
  name: z.string(),
  fields: z.array(field),
  /** The stored name when the file changes it: a corrected name shown as old → new. */
  previousName: z.string().optional(),
});

const diff = z.object({
  added: z.array(diffItem),
  changed: z.array(diffItem),
  /** Not in the file, without marks: removed only when `removeMissing` is asked. */
  missing: z.array(diffItem),
  removed: z.array(diffItem),
  keptWithMarks: z.array(diffItem),
  unchanged: z.number().int(),
});

export const importPreviewSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** 1-based row of the header. */
  headerRow: z.number().int(),
  columns: z.array(
    z.object({
      index: z.number().int(),
      letter: z.string(),
      header: z.string(),
      samples: z.array(z.string()),
    }),
  ),
  fields: z.array(field),
  suggested: mapping,
  mapping,
  rowCount: z.number().int(),
  /** The first rows as they will be imported (entries or judges, flattened for display). */
  rows: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.string()) })),
  problems: z.array(problem),
  diff,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importSummarySchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
  keptWithMarks: z.array(diffItem),
  /** Not in the file and kept, because removing them was not asked. */
  missing: z.array(diffItem),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importCalls = defineCalls({
  'import.preview': { input: importRequestSchema, output: importPreviewSchema },
  'import.apply': { input: importRequestSchema, output: importSummarySchema },
});
