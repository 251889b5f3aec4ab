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
  // What tells two competitions of one name apart on the home screen (absent in lists kept by
  // an older version, and for a file that could not be read).
  edition: z.string().optional(),
  venue: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  /** A judge's own copy is listed to be opened, not renamed or archived. */
  role: z.enum(['organizer', 'judge']).optional(),
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
    output: z.object({
      recent: z.array(storeFileSchema),
      inDataDir: z.array(storeFileSchema),
      /** Put away by the organizer: off the lists above, kept here and restorable. */
      archived: z.array(storeFileSchema),
    }),
  },
  'competitions.create': {
    input: z.object({ info: competitionInfoSchema, template: z.enum(templateCodes) }),
    output: openedSchema,
  },
  'competitions.open': { input: z.object({ path: pathInput }), output: openedSchema },
  'competitions.current': { input: z.object({}), output: openedSchema.nullable() },
  'competitions.close': { input: z.object({}), output: z.object({}) },
  /** From the home screen: the competition's name changes in its file; the file keeps its name. */
  'competitions.rename': {
    input: z.object({ path: pathInput, name: competitionInfoSchema.shape.name }),
    /** issuedJudgeFiles: how many judges hold a judge file that now names it as it was. */
    output: storeFileSchema.extend({ issuedJudgeFiles: z.number() }),
  },
  'competitions.archive': { input: z.object({ path: pathInput }), output: z.object({}) },
  'competitions.restore': { input: z.object({ path: pathInput }), output: z.object({}) },
  'competitions.updateInfo': {
    input: z.object({ info: competitionInfoSchema }),
    output: competitionSchema,
  },
});
