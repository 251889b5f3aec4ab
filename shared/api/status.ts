import { z } from 'zod';
import { code, localizedText } from '../domain/text';
import { nextSteps } from '../domain/trackStatus';
import { defineCalls } from './define';

// The overview's status board: where each track stands, and its published versions.

const count = z.number().int().min(0);

const trackStatus = z.object({
  code,
  entries: count,
  judges: count,
  drawn: z.boolean(),
  judgeFiles: z.object({ issued: count, stale: count, panel: count }),
  marks: z.object({ complete: count, partial: count, panel: count }),
  paperSheets: count,
  conflicts: count,
  quiz: z.object({ entered: count, needed: count }),
  deductions: count,
  lock: z
    .object({
      version: z.number().int().min(1),
      lockedAt: z.string(),
      lockedBy: z.string(),
      current: z.boolean(),
    })
    .nullable(),
  next: z.enum(nextSteps),
});

const published = z.object({
  rank: z.number().nullable(),
  final: z.string().nullable(),
  award: localizedText.nullable(),
});

export const statusCalls = defineCalls({
  'status.board': { input: z.object({}), output: z.array(trackStatus) },
  'results.history': {
    input: z.object({ track: code }),
    output: z.array(
      z.object({
        version: z.number().int().min(1),
        lockedAt: z.string(),
        lockedBy: z.string(),
        reason: z.string(),
        changes: z.array(
          z.object({
            no: z.string(),
            name: z.string(),
            before: published.nullable(),
            after: published.nullable(),
          }),
        ),
      }),
    ),
  },
});
