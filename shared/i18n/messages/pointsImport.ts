// Quiz points (知识测试 / 答题) and deductions imported from a quiz system's or a timekeeper's
// Excel or CSV: preview, problems by row, number and contestant, all or nothing.
const zh = {
  'points.at': '第 {row} 行{who}{column}：{message}',
  'points.noHeader': '在文件“{file}”的前 30 行没有找到表头：需要“编号”列，以及{needs}。',
  'points.needsQuiz': '各题得分（如“第1题”）或“总分”列',
  'points.needsDeductions': '“扣分”列和“原因”列',
  'points.noReasonColumn': '文件“{file}”没有“原因”列：每项扣分都要写明原因。',
  'points.noQuiz': '赛项“{track}”没有知识测试等客观评分项，无法导入答题得分。',
  'points.hasProblems': '文件有 {count} 个问题，未导入任何数据。请先修改文件。',
  'points.noNumber': '这一行有分数但没有编号',
  'points.noReason': '有扣分但没有写原因',
  'points.totalMismatch': '总分 {total} 与各题之和 {sum} 不符',
  'points.totalOffScale': '总分 {value} 无法计入（满分 {max}，或不是各题分值的整数倍）',
  'points.unknownNo': '编号 {no} 不是赛项“{track}”的选手',
  'points.nameMismatch': '编号 {no} 是 {stored}，文件中写的是 {given}',
  'points.duplicateNo': '编号 {no} 在第 {first} 行已经出现过',
  'points.lockedReason': '该赛项的成绩已锁定：请写明修改原因。',
  'points.cliQuizSummary':
    '{file}：知识测试得分 修改 {changed} 项，不变 {unchanged} 项，空白 {blank} 项（保持原样），文件中没有的选手 {missing} 名。',
  'points.cliDeductionSummary':
    '{file}：新增扣分 {changed} 项，已有而不变 {unchanged} 项，文件中没有的选手 {missing} 名。',
  'points.cliChange': '  第 {row} 行 · {no} {name} · {criterion}：{before} → {after}',
  'points.cliDeduction': '  第 {row} 行 · {no} {name}：扣 {points} 分（{reason}）',
  'points.cliFromTotal': '文件只有总分：已按题目顺序分配到各题（每题先满分），总分不变。',
  'points.cliDryRun': '试运行（--dry-run）：以上为将要发生的变化，未写入任何数据。',
  'points.cliRefused': '{file}：有 {count} 个问题，未写入任何数据：',
  'points.cliUnknownKind':
    '“{command}”后面应为 import，例如：scoredesk quiz import 赛事.scoredesk 答题成绩.xlsx --track 展品辅导',
  'points.quizTitle': '导入知识测试得分 — {track}',
  'points.deductionsTitle': '导入扣分 — {track}',
  'points.quizIntro':
    '选择答题系统导出的 Excel 或 CSV（不超过 {max} MB）：一列编号，加上各题得分（第1题、第2题…）或一列总分。先预览，确认无误后一次全部导入；有任何问题则什么也不写入。空白格保持空白，不当作 0。',
  'points.deductionsIntro':
    '选择扣分表 Excel 或 CSV（不超过 {max} MB）：编号、扣分、原因三列（扣分写 2 或 −2 均可）。先预览，确认后一次全部导入；再次导入同一文件不会重复扣分。',
  'points.previewTitle': '预览与问题',
  'points.columns': '文件的列',
  'points.meaning.no': '编号',
  'points.meaning.name': '姓名（用于核对）',
  'points.meaning.total': '总分',
  'points.meaning.points': '扣分',
  'points.meaning.reason': '原因',
  'points.meaning.none': '不导入',
  'points.changesTitle': '将要写入',
  'points.noChanges': '文件中的分数与现有记录完全一致，不需要写入。',
  'points.before': '原来',
  'points.after': '导入后',
  'points.row': '行',
  'points.item': '项目',
  'points.counts':
    '修改 {changed} 项 · 不变 {unchanged} 项 · 空白 {blank} 项 · 文件中没有的选手 {missing} 名',
  'points.deductionCounts':
    '新增扣分 {changed} 项 · 已有而不变 {unchanged} 项 · 文件中没有的选手 {missing} 名',
  'points.notInFile': '文件中没有这些选手，他们的记录保持原样：{items}',
  'points.fromTotal': '文件只有总分：按题目顺序分配到各题（每题先满分），计入成绩的总分不变。',
  'points.reasonLabel': '修改原因（成绩已锁定，必填）',
  'points.apply': '导入 {count} 项',
  'points.done': '已导入：{changed} 项。',
  'points.backToResults': '返回成绩与奖项',
  'points.importQuiz': '导入知识测试得分',
  'points.importDeductions': '导入扣分',
};

const en: Record<keyof typeof zh, string> = {
  'points.at': 'Row {row}{who}{column}: {message}',
  'points.noHeader':
    'No header row in the first 30 rows of “{file}”: it needs a “No.” column and {needs}.',
  'points.needsQuiz': 'the points per question (such as “Q1”) or a “Total” column',
  'points.needsDeductions': 'a “Deduction” and a “Reason” column',
  'points.noReasonColumn': '“{file}” has no “Reason” column: every deduction needs its reason.',
  'points.noQuiz':
    'The track “{track}” has no quiz or other objective criterion: there are no quiz points to import.',
  'points.hasProblems': 'The file has {count} problems; nothing was imported. Fix the file first.',
  'points.noNumber': 'this row has points but no entry number',
  'points.noReason': 'a deduction without a reason',
  'points.totalMismatch': 'the total {total} is not the sum of the questions ({sum})',
  'points.totalOffScale':
    'the total {value} cannot be recorded (full marks {max}, or not on the questions’ steps)',
  'points.unknownNo': 'no entry of “{track}” has the number {no}',
  'points.nameMismatch': 'number {no} is {stored}, the file says {given}',
  'points.duplicateNo': 'number {no} already appears on row {first}',
  'points.lockedReason': 'The track’s results are locked: say why they change.',
  'points.cliQuizSummary':
    '{file}: quiz points {changed} changed, {unchanged} unchanged, {blank} blank (left as they are); {missing} entries not in the file.',
  'points.cliDeductionSummary':
    '{file}: {changed} deductions added, {unchanged} already recorded; {missing} entries not in the file.',
  'points.cliChange': '  row {row} · {no} {name} · {criterion}: {before} → {after}',
  'points.cliDeduction': '  row {row} · {no} {name}: −{points} ({reason})',
  'points.cliFromTotal':
    'The file has totals only: each is spread over the questions in order (each filled first); the total counted is the same.',
  'points.cliDryRun': 'Dry run (--dry-run): the changes above were not written.',
  'points.cliRefused': '{file}: {count} problems, nothing written:',
  'points.cliUnknownKind':
    '“{command}” takes import, e.g. scoredesk quiz import event.scoredesk quiz.xlsx --track exhibit',
  'points.quizTitle': 'Import quiz points — {track}',
  'points.deductionsTitle': 'Import deductions — {track}',
  'points.quizIntro':
    'Choose the quiz system’s Excel or CSV export (at most {max} MB): a number column plus the points per question (Q1, Q2 …) or a total. Check the preview, then import it all at once; with any problem nothing is written. Blank cells stay blank, never 0.',
  'points.deductionsIntro':
    'Choose a deductions sheet, Excel or CSV (at most {max} MB): number, deduction, reason (2 or −2 both mean a deduction of 2). Check the preview, then import it all at once; importing the same file again deducts nothing twice.',
  'points.previewTitle': 'Preview and problems',
  'points.columns': 'Columns of the file',
  'points.meaning.no': 'Number',
  'points.meaning.name': 'Name (checked)',
  'points.meaning.total': 'Total',
  'points.meaning.points': 'Deduction',
  'points.meaning.reason': 'Reason',
  'points.meaning.none': 'Not imported',
  'points.changesTitle': 'To be written',
  'points.noChanges': 'The file’s points are exactly what is recorded: nothing to write.',
  'points.before': 'Now',
  'points.after': 'After import',
  'points.row': 'Row',
  'points.item': 'Item',
  'points.counts':
    '{changed} changed · {unchanged} unchanged · {blank} blank · {missing} entries not in the file',
  'points.deductionCounts':
    '{changed} deductions to add · {unchanged} already recorded · {missing} entries not in the file',
  'points.notInFile': 'Not in the file, left as they are: {items}',
  'points.fromTotal':
    'The file has totals only: each is spread over the questions in order (each filled first); the total counted is the same.',
  'points.reasonLabel': 'Reason for the change (results are locked: required)',
  'points.apply': 'Import ({count})',
  'points.done': 'Imported: {changed} written.',
  'points.backToResults': 'Back to results',
  'points.importQuiz': 'Import quiz points',
  'points.importDeductions': 'Import deductions',
};

export const pointsImport = { 'zh-CN': zh, en };
