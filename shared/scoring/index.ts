// The scoring engine: pure functions from recorded marks to ranked, awarded, explained results.
export { assignAwards, awardRounding, tierCounts, tierCutoffs } from './awards';
export { computeTrackResults } from './computeTrackResults';
export { compareEntryNo } from './entryOrder';
export { judgedCriteria } from './judgeTotals';
export {
  awardsProvisional,
  type BlockingFlag,
  blockingFlags,
  hasPublishable,
  incompleteFlags,
  type LockBlocker,
  lockBlockers,
  unacknowledged,
} from './lockBlockers';
export {
  type MarkRow,
  markTable,
  markTableOf,
  type ScoreCell,
  tableRows,
} from './markTable';
export { panelScore } from './panelScore';
export type { Rational } from './rational';
export { DISPLAY_DECIMALS, describeExact, formatUnits, roundHalfUp, toUnits } from './rounding';
export * from './types';
