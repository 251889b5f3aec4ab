import { z } from 'zod';
import { trackSchema } from './rubric';

const optionalDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const competitionInfoSchema = z.object({
  name: z.string().trim().min(1).max(200),
  edition: z.string().trim().max(100),
  startDate: optionalDate,
  endDate: optionalDate,
  venue: z.string().trim().max(200),
});
export type CompetitionInfo = z.infer<typeof competitionInfoSchema>;

export const competitionSchema = competitionInfoSchema.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
  tracks: z.array(trackSchema),
});
export type Competition = z.infer<typeof competitionSchema>;
