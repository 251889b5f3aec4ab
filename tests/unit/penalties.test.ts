import { describe, expect, it } from 'vitest';
import { deductionFor } from '../../shared/domain/penalties';
import { overtimePenalty } from '../../shared/templates/defaults';

describe('overtime deductions', () => {
  it('count every started period of overtime', () => {
    expect(deductionFor(overtimePenalty, 0)).toBe(0);
    expect(deductionFor(overtimePenalty, 1)).toBe(100);
    expect(deductionFor(overtimePenalty, 30)).toBe(100);
    expect(deductionFor(overtimePenalty, 31)).toBe(200);
    expect(deductionFor(overtimePenalty, 95)).toBe(400);
  });

  it('a fixed deduction ignores the time', () => {
    const fixed = { ...overtimePenalty, code: 'props', perSeconds: null, points: 200 };
    expect(deductionFor(fixed, 0)).toBe(200);
    expect(deductionFor(fixed, 500)).toBe(200);
  });
});
