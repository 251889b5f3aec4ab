import { z } from 'zod';
import { code, hundredths } from './text';

/** One judge's mark for one entry on one criterion. Missing marks have no row: blank is not 0. */
export const scoreSchema = z.object({
  judgeId: z.number().int().positive(),
  entryId: z.number().int().positive(),
  criterion: code,
  value: hundredths,
  revision: z.number().int().min(1),
  updatedAt: z.string(),
});
export type Score = z.infer<typeof scoreSchema>;

/** A deduction decided by the head judge (overtime and others), always with a reason. */
export const penaltySchema = z.object({
  id: z.number().int().positive(),
  entryId: z.number().int().positive(),
  /** The track's penalty rule applied, or null for a free deduction. */
  rule: code.nullable(),
  points: hundredths.min(1),
  reason: z.string().trim().min(1).max(500),
  createdAt: z.string(),
});
export type Penalty = z.infer<typeof penaltySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
