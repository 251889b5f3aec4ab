import { divInt, fractionText, type Rational } from './rational';

// Published figures are rounded half-up (四舍五入). For a negative figure (penalties larger than
// the marks) the half goes away from zero, as 四舍五入 does on paper; the rounding stays
// monotonic, so ranking on rounded figures never inverts an order.

/** Nearest integer; an exact half goes away from zero: 2.5 → 3, −2.5 → −3. */
export function roundHalfUp(value: Rational): bigint {
  const negative = value.num < 0n;
  const abs = negative ? -value.num : value.num;
  const rounded = (2n * abs + value.den) / (2n * value.den);
  return negative ? -rounded : rounded;
}

/** Hundredths (exact) → integer units of 10^-decimals points, rounded half-up. */
export function toUnits(hundredths: Rational, decimals: number): bigint {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`toUnits: decimals ${decimals}`);
  }
  // 10^(decimals - 2) as a fraction: multiplying by 10^decimals and dividing by 100. Rounding
  // needs no reduced fraction, only a positive denominator (a Rational's always is).
  return roundHalfUp({ num: hundredths.num * 10n ** BigInt(decimals), den: hundredths.den * 100n });
}

/** 8513n, 2 → "85.13"; 853n, 1 → "85.3"; -5n, 2 → "-0.05". Always exactly `decimals` places. */
export function formatUnits(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = String(negative ? -units : units).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const text = decimals === 0 ? whole : `${whole}.${digits.slice(digits.length - decimals)}`;
  return negative ? `-${text}` : text;
}

/** Decimals shown for exact intermediate figures (panel score, untrimmed mean). */
export const DISPLAY_DECIMALS = 4;

/** An exact figure as it leaves the engine: lossless fraction of points plus a display form. */
export interface ExactNumber {
  /** Points as a reduced fraction, e.g. "681/8" for 85.125. */
  fraction: string;
  /** Rounded half-up to DISPLAY_DECIMALS places, e.g. "85.1250"; for reading, not for ranking. */
  display: string;
}

export function describeExact(hundredths: Rational): ExactNumber {
  return {
    fraction: fractionText(divInt(hundredths, 100)),
    display: formatUnits(toUnits(hundredths, DISPLAY_DECIMALS), DISPLAY_DECIMALS),
  };
}
