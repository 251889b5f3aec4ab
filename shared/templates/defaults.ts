import type { Aggregation, AwardRules, Criterion, PenaltyRule, Track } from '../domain/rubric';

/** Whole points → hundredths, for readable templates. */
export const pts = (points: number): number => Math.round(points * 100);

export const defaultAggregation: Aggregation = {
  method: 'trimmedMean',
  drop: 1,
  minJudgesForTrim: 5,
  smallPanel: 'mean',
  minJudges: 3,
};

export const defaultAwards: AwardRules = {
  basis: 'share',
  tiers: [
    { code: 'first', name: { zh: '一等奖', en: 'First prize' }, value: 15 },
    { code: 'second', name: { zh: '二等奖', en: 'Second prize' }, value: 25 },
    { code: 'third', name: { zh: '三等奖', en: 'Third prize' }, value: 35 },
  ],
  rest: { zh: '优秀奖', en: 'Excellence award' },
  boundaryTie: 'higher',
};

export const overtimePenalty: PenaltyRule = {
  code: 'overtime',
  name: { zh: '超时', en: 'Overtime' },
  points: pts(1),
  perSeconds: 30,
};

export function criterion(
  code: string,
  zh: string,
  en: string,
  max: number,
  description: { zh: string; en: string },
): Criterion {
  return { code, name: { zh, en }, description, max: pts(max), step: pts(0.5) };
}

/** A track with one judged criterion: the starting point of a blank competition's track. */
export function blankTrack(code: string, name: { zh: string; en: string }): Track {
  return {
    code,
    name,
    aliases: [],
    entryKind: 'individual',
    teamSize: { min: 1, max: 1 },
    timeLimitSeconds: 300,
    decimals: 2,
    aggregation: defaultAggregation,
    tieBreak: [{ kind: 'untrimmedMean' }],
    awards: defaultAwards,
    penalties: [],
    groups: [{ code: 'main', name: { zh: '默认组', en: 'Main group' }, isDefault: true }],
    segments: [
      {
        code: 'performance',
        name: { zh: '现场评分', en: 'Performance' },
        kind: 'judged',
        criteria: [criterion('overall', '综合评价', 'Overall', 100, { zh: '', en: '' })],
      },
    ],
  };
}
