import { z } from 'zod';
import { competitionInfoSchema, competitionSchema } from '../domain/competition';
import { localizedText } from '../domain/text';
import { templateCodes } from '../templates';
import { defineCalls } from './define';

export const storeFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  /** ISO time: last opened (recent list) or last modified (data folder). */
  at: z.string(),
});
export type StoreFile = z.infer<typeof storeFileSchema>;

const pathInput = z.string().min(1).max(4096);

/** An open store: the organizer's competition, or one judge's copy made from a judge file. */
export const openedSchema = z.object({
  path: z.string(),
  competition: competitionSchema,
  role: z.enum(['organizer', 'judge']),
  /** Opened from a disk that will not take a write: viewed and exported, not changed. */
  readOnly: z.boolean().optional(),
});
export type Opened = z.infer<typeof openedSchema>;

export const competitionCalls = defineCalls({
  'templates.list': {
    input: z.object({}),
    output: z.array(
      z.object({ code: z.string(), name: localizedText, tracks: z.array(localizedText) }),
    ),
  },
  'competitions.list': {
    input: z.object({}),
    output: z.object({ recent: z.array(storeFileSchema), inDataDir: z.array(storeFileSchema) }),
  },
  'competitions.create': {
    input: z.object({ info: competitionInfoSchema, template: z.enum(templateCodes) }),
    output: openedSchema,
  },
  'competitions.open': { input: z.object({ path: pathInput }), output: openedSchema },
  'competitions.current': { input: z.object({}), output: openedSchema.nullable() },
  'competitions.close': { input: z.object({}), output: z.object({}) },
  'competitions.updateInfo': {
    input: z.object({ info: competitionInfoSchema }),
    output: competitionSchema,
  },
});
