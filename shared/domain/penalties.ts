import type { PenaltyRule } from './rubric';

/**
 * The deduction a rule gives, in hundredths. A rule with `perSeconds` counts every started
 * period of overtime (31 s over a 30 s period is two periods); one without is a fixed deduction.
 */
export function deductionFor(rule: PenaltyRule, overtimeSeconds: number): number {
  if (rule.perSeconds === null) return rule.points;
  if (!Number.isFinite(overtimeSeconds) || overtimeSeconds <= 0) return 0;
  return Math.ceil(overtimeSeconds / rule.perSeconds) * rule.points;
}
