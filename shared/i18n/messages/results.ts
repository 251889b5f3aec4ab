// The results view and exports: how each panel score was formed, what is flagged, and why.
const zh = {
  'rule.trimmedMean': '去掉最高分和最低分后取平均',
  'rule.mean': '全部有效评分取平均',
  'rule.median': '取中位数',
  'rule.closestPair': '取最接近的两个分数的平均',
  'flag.notCompeting': '未参赛（缺席、退赛或取消资格），不参与排名',
  'flag.tooFewJudges': '评委人数不足',
  'flag.missingScores': '有评委未评分或未评完',
  'flag.recused': '有评委回避',
  'flag.objectiveMissing': '客观分未录入',
  'flag.unresolvedTie': '并列无法区分，请裁判长确认',
  'flag.boundaryTie': '并列跨越奖项分界',
  'judgeStatus.counted': '计入',
  'judgeStatus.droppedHigh': '去掉（最高分）',
  'judgeStatus.droppedLow': '去掉（最低分）',
  'judgeStatus.recused': '回避',
  'judgeStatus.missing': '未评分',
  'judgeStatus.incomplete': '未评完',
  'tieBreak.untrimmedMean': '全部评委平均分（不去分）较高者在前',
  'tieBreak.criterion': '评分项“{name}”平均分较高者在前',
  'tieBreak.segment': '环节“{name}”得分较高者在前',
  'results.conflictingScore':
    '评委“{judge}”对 {entry} 号的评分项 {criterion} 有两个不同的分数，请先合并评分文件。',
  'results.conflictingObjective': '{entry} 号的客观分 {criterion} 录入了两个不同的值。',
};

const en: Record<keyof typeof zh, string> = {
  'rule.trimmedMean': 'Mean after dropping the highest and lowest marks',
  'rule.mean': 'Mean of all valid marks',
  'rule.median': 'Median',
  'rule.closestPair': 'Mean of the two closest marks',
  'flag.notCompeting': 'Not competing (absent, withdrawn or disqualified); not ranked',
  'flag.tooFewJudges': 'Too few judges',
  'flag.missingScores': 'A judge has not scored, or not scored every criterion',
  'flag.recused': 'A judge recused',
  'flag.objectiveMissing': 'Objective points not entered',
  'flag.unresolvedTie': 'Tie not broken: the head judge must confirm',
  'flag.boundaryTie': 'Tie across an award boundary',
  'judgeStatus.counted': 'Counted',
  'judgeStatus.droppedHigh': 'Dropped (highest)',
  'judgeStatus.droppedLow': 'Dropped (lowest)',
  'judgeStatus.recused': 'Recused',
  'judgeStatus.missing': 'Not scored',
  'judgeStatus.incomplete': 'Incomplete',
  'tieBreak.untrimmedMean': 'Higher mean of all judges, nothing dropped',
  'tieBreak.criterion': 'Higher mean on criterion “{name}”',
  'tieBreak.segment': 'Higher score on segment “{name}”',
  'results.conflictingScore':
    'Judge “{judge}” has two different scores for entry {entry}, criterion {criterion}: merge the score files first.',
  'results.conflictingObjective':
    'Entry {entry} has two different objective values for {criterion}.',
};

export const results = { 'zh-CN': zh, en };
