// Points travel as integers of hundredths so that no published figure ever passes through
// binary floating point. Only the renderer and the exports turn them back into text.

export const HUNDREDTHS = 100;

const DECIMAL = /^(\d{1,6})(?:\.(\d{1,2}))?$/;

/** "12.5" → 1250; null when the text is not a plain non-negative decimal with ≤ 2 places. */
export function parsePoints(text: string): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * HUNDREDTHS + fraction;
}

/** 1250 → "12.5" (shortest form), or with `decimals` fixed places: 1250, 2 → "12.50". */
export function formatPoints(hundredths: number, decimals?: number): string {
  const negative = hundredths < 0;
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / HUNDREDTHS);
  const fraction = String(abs % HUNDREDTHS).padStart(2, '0');
  let text: string;
  if (decimals === undefined) {
    const trimmed = fraction.replace(/0+$/, '');
    text = trimmed ? `${whole}.${trimmed}` : String(whole);
  } else {
    if (fraction.slice(decimals).replace(/0/g, '') !== '') {
      // Rounding is the scoring engine's job; formatting must never hide a digit.
      throw new RangeError(`formatPoints: ${hundredths} has more than ${decimals} decimals`);
    }
    text = decimals === 0 ? String(whole) : `${whole}.${fraction.slice(0, decimals)}`;
  }
  return negative ? `-${text}` : text;
}

/** JSON-friendly number for public outputs (35, 0.5); exact because hundredths print exactly. */
export function pointsToNumber(hundredths: number): number {
  return Number(formatPoints(hundredths));
}
