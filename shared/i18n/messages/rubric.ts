// The rubric editor and the reasons a rubric is refused.
const zh = {
  'rubric.duplicateCode': '代码重复（{kind}）：{code}',
  'rubric.oneDefaultGroup': '赛项“{track}”必须恰好有一个默认组别。',
  'rubric.noJudgedSegment': '赛项“{track}”至少需要一个评委评分的环节。',
  'rubric.stepAboveMax': '评分项“{criterion}”的步长 {step} 大于满分 {max}。',
  'rubric.maxNotMultipleOfStep': '评分项“{criterion}”的满分 {max} 不是步长 {step} 的整数倍。',
  'rubric.teamSize': '团队人数下限 {min} 大于上限 {max}。',
  'rubric.dropTooMany': '去掉最高、最低各 {drop} 个时，至少需要多于 {judges} 名评委。',
  'rubric.unknownTieBreak': '并列规则引用了不存在的评分项或环节：{code}',
  'rubric.awardShareOver': '各奖项比例之和为 {share}%，超过了 100%。',
  'rubric.nameTaken': '名称“{name}”已被其他赛项使用。',
  'rubric.badNumber': '“{value}”不是有效的分值（最多两位小数）。',
};

const en: Record<keyof typeof zh, string> = {
  'rubric.duplicateCode': 'Duplicate code ({kind}): {code}',
  'rubric.oneDefaultGroup': 'Track “{track}” needs exactly one default group.',
  'rubric.noJudgedSegment': 'Track “{track}” needs at least one segment scored by the judges.',
  'rubric.stepAboveMax': 'Criterion “{criterion}”: the step {step} is larger than the maximum {max}.',
  'rubric.maxNotMultipleOfStep': 'Criterion “{criterion}”: the maximum {max} is not a multiple of the step {step}.',
  'rubric.teamSize': 'The smallest team size {min} is larger than the largest {max}.',
  'rubric.dropTooMany': 'Dropping {drop} highest and lowest needs more than {judges} judges.',
  'rubric.unknownTieBreak': 'The tie-break names a criterion or segment that does not exist: {code}',
  'rubric.awardShareOver': 'The award shares add up to {share}%, more than 100%.',
  'rubric.nameTaken': 'The name “{name}” is already used by another track.',
  'rubric.badNumber': '“{value}” is not a valid number of points (at most two decimals).',
};

export const rubric = { 'zh-CN': zh, en };
