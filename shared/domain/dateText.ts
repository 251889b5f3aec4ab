// Dates as people type them at a Chinese head table, read into the store's YYYY-MM-DD.

/**
 * The date written as YYYY-MM-DD, from 2026-05-18, 2026/5/18, 2026.5.18, 2026年5月18日 or
 * 20260518; '' for a blank; null for text that is no date of the calendar (2026-02-30 too).
 */
export function normalizeDate(text: string): string | null {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return '';
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
