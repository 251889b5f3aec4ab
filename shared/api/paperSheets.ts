import { z } from 'zod';
import { code } from '../domain/text';
import { defineCalls } from './define';
import { mergeFileSummary } from './judging';

const id = z.number().int().positive();
/** An .xlsx as base64: 10 MB of file is at most 14 MB of base64. */
const xlsxFile = z.object({ name: z.string().max(500), base64: z.string().max(14 * 1024 * 1024) });
const xlsxDownload = z.object({ fileName: z.string(), base64: z.string() });

export const paperSheetImportSummary = mergeFileSummary.extend({
  /** Cell by cell, when the file was refused for what is in its cells (at most 200 listed). */
  cellErrors: z.array(
    z.object({ cell: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()) }),
  ),
  moreErrors: z.number(),
});
export type PaperSheetImportSummary = z.infer<typeof paperSheetImportSummary>;

export const paperSheetCalls = defineCalls({
  /** One workbook per panel track of the judge, or only `track`'s. */
  'paperSheets.export': {
    input: z.object({ judgeId: id, track: code.optional() }),
    output: z.array(xlsxDownload),
  },
  /** Every judge of `track`'s panel (every panel when absent), as one zip of workbooks. */
  'paperSheets.exportAll': {
    input: z.object({ track: code.optional() }),
    output: xlsxDownload,
  },
  'paperSheets.import': {
    input: z.object({ files: z.array(xlsxFile).min(1).max(200) }),
    output: z.array(paperSheetImportSummary),
  },
});
