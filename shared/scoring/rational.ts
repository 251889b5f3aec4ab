// A mean of judges' totals is rarely a finite binary fraction (85.125 is, 1/3 is not), so every
// figure between the recorded hundredths and the rounded final is a fraction of BigInts. Rounding
// happens once, at the end, in rounding.ts.

/** An exact fraction, always reduced, with a positive denominator. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  // Marks are small: plain numbers are exact below 2^53, and a BigInt per step is what costs.
  if (x <= SAFE && y <= SAFE) {
    let u = Number(x);
    let v = Number(y);
    while (v !== 0) [u, v] = [v, u % v];
    return BigInt(u);
  }
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `BigInt()` refuses a non-integer number, so a stray float fails loudly instead of drifting. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('rational: zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1n ? { num: n, den: d } : { num: n / g, den: d / g };
}

export const ZERO: Rational = rational(0n);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mulInt(a: Rational, factor: bigint | number): Rational {
  return rational(a.num * BigInt(factor), a.den);
}

export function divInt(a: Rational, divisor: bigint | number): Rational {
  return rational(a.num, a.den * BigInt(divisor));
}

/** Negative, zero or positive as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/** Exact mean of integers (hundredths); null for none, since an empty mean is not zero. */
export function meanOf(values: readonly number[]): Rational | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) {
    if (!Number.isInteger(value)) throw new RangeError(`meanOf: ${value} is not an integer`);
    sum += value;
  }
  // Hundredths below 2^31 each: the sum of any panel stays far below 2^53, so it is exact.
  return rational(BigInt(sum), values.length);
}

/** "681/8", "85", "-3/2": a lossless text form that survives JSON and structured clone. */
export function fractionText(value: Rational): string {
  return value.den === 1n ? String(value.num) : `${value.num}/${value.den}`;
}
