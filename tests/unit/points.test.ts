import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPoints, parsePoints, pointsToNumber } from '../../shared/domain/points';

describe('points', () => {
  it('reads decimals exactly as hundredths', () => {
    expect(parsePoints('35')).toBe(3500);
    expect(parsePoints('0.5')).toBe(50);
    expect(parsePoints(' 12.25 ')).toBe(1225);
    expect(parsePoints('0.1')).toBe(10);
  });

  it('refuses what is not a plain decimal with at most two places', () => {
    for (const bad of ['', 'abc', '1.234', '-1', '1e3', '١٢', '1,5', 'NaN', 'Infinity', '.5']) {
      expect(parsePoints(bad), bad).toBeNull();
    }
  });

  it('writes the shortest form, or exactly the asked decimals', () => {
    expect(formatPoints(3500)).toBe('35');
    expect(formatPoints(50)).toBe('0.5');
    expect(formatPoints(8533, 2)).toBe('85.33');
    expect(formatPoints(8530, 1)).toBe('85.3');
    expect(formatPoints(8500, 0)).toBe('85');
    expect(formatPoints(-150, 2)).toBe('-1.50');
  });

  it('never hides a digit when asked for fewer decimals', () => {
    expect(() => formatPoints(8533, 1)).toThrow(RangeError);
  });

  it('round-trips every value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (hundredths) => {
        expect(parsePoints(formatPoints(hundredths))).toBe(hundredths);
        expect(parsePoints(formatPoints(hundredths, 2))).toBe(hundredths);
        expect(Math.round(pointsToNumber(hundredths) * 100)).toBe(hundredths);
      }),
    );
  });
});
