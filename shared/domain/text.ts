import { z } from 'zod';

/** Every name the user sees exists in both languages. */
export const localizedText = z.object({
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Descriptions may be left empty, but when present they are bilingual too. */
export const localizedDescription = z.object({
  zh: z.string().max(2000),
  en: z.string().max(2000),
});
export type LocalizedDescription = z.infer<typeof localizedDescription>;

/** Stable identifiers inside a rubric: file formats and scripts refer to them. */
export const CODE_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
export const code = z.string().regex(CODE_PATTERN, 'code: lowercase letters, digits and dashes');

/** Integer hundredths of a point (see points.ts). */
export const MAX_HUNDREDTHS = 100_000_00;
export const hundredths = z.number().int().min(0).max(MAX_HUNDREDTHS);
