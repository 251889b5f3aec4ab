import { z } from 'zod';
import { code } from './text';

const shortText = z.string().trim().max(200);

export const entryStatuses = ['competing', 'absent', 'withdrawn', 'disqualified'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

export const teamMemberSchema = z.object({
  name: shortText.min(1),
  /** e.g. 主讲, 实验员; free text. */
  role: shortText,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const entryInputSchema = z.object({
  /** Absent when the entry is new. */
  id: z.number().int().positive().optional(),
  track: code,
  group: code,
  /** Entry number as printed on the roster (编号); text, since rosters write 001 or A-12. */
  no: shortText.min(1).max(40),
  /** The contestant, or the team's name. */
  name: shortText.min(1),
  organization: shortText,
  region: shortText,
  title: shortText,
  status: z.enum(entryStatuses),
  members: z.array(teamMemberSchema).max(50),
});
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entrySchema = entryInputSchema.extend({
  id: z.number().int().positive(),
  /** Performance order from the draw; null until drawn. */
  drawOrder: z.number().int().positive().nullable(),
});
export type Entry = z.infer<typeof entrySchema>;

export const judgeInputSchema = z.object({
  id: z.number().int().positive().optional(),
  name: shortText.min(1),
  organization: shortText,
  region: shortText,
  /** Optional; checked loosely (`phoneLooksValid`) by the form and the import alike. */
  phone: z.string().max(60).optional(),
  /** Codes of the tracks whose panel the judge sits on. */
  tracks: z.array(code).max(20),
});
export type JudgeInput = z.infer<typeof judgeInputSchema>;

export const judgeSchema = judgeInputSchema.extend({
  id: z.number().int().positive(),
  phone: z.string(),
});
export type Judge = z.infer<typeof judgeSchema>;

export const recusalSchema = z.object({
  judgeId: z.number().int().positive(),
  entryId: z.number().int().positive(),
  reason: shortText,
  /** auto: suggested because the organizations match; manual: set by the organizer. */
  source: z.enum(['auto', 'manual']),
});
export type Recusal = z.infer<typeof recusalSchema>;
