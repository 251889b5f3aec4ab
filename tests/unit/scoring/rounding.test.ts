import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPoints, parsePoints } from '../../../shared/domain/points';
import { add, compare, rational, sub } from '../../../shared/scoring/rational';
import { describeExact, formatUnits, roundHalfUp, toUnits } from '../../../shared/scoring/rounding';

describe('rational', () => {
  it('keeps fractions reduced with a positive denominator', () => {
    expect(rational(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, 7)).toEqual({ num: 0n, den: 1n });
    expect(add(rational(1, 10), rational(2, 10))).toEqual(rational(3, 10));
    expect(sub(rational(1, 3), rational(1, 2))).toEqual(rational(-1, 6));
    expect(compare(rational(1, 3), rational(333, 1000))).toBe(1);
  });

  it('refuses a non-integer number and a zero denominator', () => {
    expect(() => rational(0.1)).toThrow(RangeError);
    expect(() => rational(1, 0)).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero, everything else to the nearest', () => {
    expect(roundHalfUp(rational(5, 2))).toBe(3n);
    expect(roundHalfUp(rational(-5, 2))).toBe(-3n);
    expect(roundHalfUp(rational(7, 3))).toBe(2n);
    expect(roundHalfUp(rational(-7, 3))).toBe(-2n);
    expect(roundHalfUp(rational(681, 8))).toBe(85n);
  });

  it('is the nearest integer, the half going away from zero (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (num, den) => {
          const value = rational(num, den);
          const rounded = roundHalfUp(value);
          // distance × 2 × den = |2 × (rounded × den − num)|
          const twice = 2n * (rounded * value.den - value.num);
          const distance = twice < 0n ? -twice : twice;
          expect(distance <= value.den).toBe(true);
          if (distance === value.den) {
            expect(rounded < 0n ? -rounded : rounded).toBeGreaterThan(
              value.num < 0n ? -value.num / value.den : value.num / value.den,
            );
          }
        },
      ),
    );
  });

  it('is monotonic, so ranking on rounded figures never inverts an order', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.nat(1000), (a, gap) => {
        expect(roundHalfUp(rational(a, 1000)) <= roundHalfUp(rational(a + gap, 1000))).toBe(true);
      }),
    );
  });
});

describe('toUnits and formatUnits', () => {
  it('round hundredths to the track’s decimals', () => {
    expect(toUnits(rational(34_050, 4), 2)).toBe(8513n); // 8512.5 hundredths = 85.125
    expect(toUnits(rational(8525), 1)).toBe(853n);
    expect(toUnits(rational(8450), 0)).toBe(85n);
    expect(toUnits(rational(8449), 0)).toBe(84n);
  });

  it('print exactly `decimals` places, with a sign and a leading zero', () => {
    expect(formatUnits(8513n, 2)).toBe('85.13');
    expect(formatUnits(853n, 1)).toBe('85.3');
    expect(formatUnits(85n, 0)).toBe('85');
    expect(formatUnits(5n, 2)).toBe('0.05');
    expect(formatUnits(-5n, 2)).toBe('-0.05');
    expect(formatUnits(0n, 1)).toBe('0.0');
  });

  it('agree with points.ts on whole hundredths (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), (hundredths) => {
        const text = formatUnits(toUnits(rational(hundredths), 2), 2);
        expect(text).toBe(formatPoints(hundredths, 2));
        expect(parsePoints(text)).toBe(hundredths);
      }),
    );
  });

  it('describe exact figures as a fraction of points plus 4 display decimals', () => {
    expect(describeExact(rational(25_550, 3))).toEqual({ fraction: '511/6', display: '85.1667' });
    expect(describeExact(rational(-150))).toEqual({ fraction: '-3/2', display: '-1.5000' });
    expect(describeExact(rational(8500))).toEqual({ fraction: '85', display: '85.0000' });
  });
});
