import { z } from 'zod';
import { entryInputSchema, entrySchema, judgeInputSchema, judgeSchema } from '../domain/people';
import { code } from '../domain/text';
import { defineCalls } from './define';

const id = z.number().int().positive();

export const rosterCalls = defineCalls({
  'entries.list': { input: z.object({ track: code }), output: z.array(entrySchema) },
  'entries.save': { input: z.object({ entry: entryInputSchema }), output: entrySchema },
  'entries.remove': { input: z.object({ id }), output: z.object({}) },
  'judges.list': { input: z.object({}), output: z.array(judgeSchema) },
  'judges.save': {
    /** confirmJoin: the organizer saw the warning (judge.joinsScoredPanel) and confirmed. */
    input: z.object({ judge: judgeInputSchema, confirmJoin: z.boolean().optional() }),
    output: judgeSchema,
  },
  'judges.remove': { input: z.object({ id }), output: z.object({}) },
});
