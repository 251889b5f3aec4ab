// Paper-style score sheets (Excel) for judges who do not use the app: the blank sheet out, the
// filled sheet back in with every cell checked, and the reasons a sheet is refused.
const zh = {
  // The workbook itself (always written in Chinese: the judges read it on paper).
  'paperSheet.fileName': '{competition}-{track}-{judge}-评分表',
  'paperSheet.subtitle': '{track} 评分表',
  'paperSheet.judgeLine': '{seat}：{judge}（单位：{organization}）',
  'paperSheet.instructions':
    '请在分数栏填写各评分项得分（0 至满分，按步长）；未评分的格子请留空（空白不是 0 分）。请勿增删行列、改动编号或在表格以外填写；合计列仅供核对，导入时不读取。',
  'paperSheet.colNo': '编号',
  'paperSheet.colEntry': '选手/作品',
  'paperSheet.colTotal': '合计',
  'paperSheet.maxRow': '满分（步长）',
  'paperSheet.maxCell': '{max}（步长 {step}）',
  'paperSheet.signature': '评委签名：________________________　　日期：______________',
  'paperSheet.validationPrompt': '填写 0 至 {max} 分，步长 {step}；不评分请留空。',
  'paperSheet.validationError': '{criterion}：请填写 0 至 {max} 之间、{step} 的整数倍的分数。',
  'paperSheet.validationErrorTitle': '分数超出范围',
  'paperSheet.footer': '第 &P 页，共 &N 页',
  // Refusals of a whole file.
  'paperSheet.notOrganizerStore': '这是评委自己的评分文件，不能在这里导出或导入纸质评分表。',
  'paperSheet.judgeNotFound': '找不到编号为 {id} 的评委。',
  'paperSheet.noPanel': '评委“{judge}”尚未分配到任何赛项的评委组，无法生成评分表。',
  'paperSheet.noJudges': '还没有评委分配到评委组，没有评分表可生成。',
  'paperSheet.tooLarge': '文件过大（{size} 字节，上限 {max}），已拒绝。',
  'paperSheet.tooManyCells': '工作表“{sheet}”的单元格过多（{count} 个，上限 {max}），已拒绝。',
  'paperSheet.notWorkbook': '无法读取该文件：它不是 Excel 工作簿，或已损坏。',
  'paperSheet.noMarker':
    '这不是评分台导出的纸质评分表（找不到隐藏的识别信息）。请用评分台导出的评分表填写后再导入。',
  'paperSheet.badMarker': '评分表的识别信息已损坏，无法识别：{detail}',
  'paperSheet.olderVersion':
    '这份纸质评分表由旧版评分台导出（格式版本 {found}），已拒绝。请导出新的空白评分表，请评委填写后再导入。',
  'paperSheet.newerVersion':
    '该评分表由更新版本的评分台生成（版本 {found}，本程序支持到 {supported}），请升级评分台。',
  'paperSheet.otherCompetition': '该评分表属于另一场赛事（赛事标识 {found}），已拒绝。',
  'paperSheet.unknownJudge': '该评分表所属的评委（编号 {id}，{name}）不在本赛事中，已拒绝。',
  'paperSheet.badSignature':
    '评委“{judge}”的评分表识别信息不符：隐藏的识别信息被改动过，或不是本组委会导出的，已拒绝。',
  'paperSheet.otherRubric':
    '评委“{judge}”的评分表是按旧的评分细则或评委分组导出的，评分细则已变，已拒绝。请重新导出评分表。',
  'paperSheet.sheetMissing': '工作表“{sheet}”不见了（被删除或改名），已拒绝。',
  'paperSheet.cellErrors': '有 {count} 处单元格错误，整个文件未导入。',
  'paperSheet.moreErrors': '另有 {count} 处错误未列出。',
  // Cell by cell.
  'paperSheet.cell.overMax': '{cell}：{value} 超过满分 {max}',
  'paperSheet.cell.negative': '{cell}：{value} 是负数，分数不能为负',
  'paperSheet.cell.step': '{cell}：{value} 不是步长 {step} 的整数倍',
  'paperSheet.cell.notNumber': '{cell}：“{text}” 不是分数',
  'paperSheet.cell.formulaNoValue':
    '{cell}：公式没有计算结果，请在 Excel 中重新计算并保存，或直接填写数字',
  'paperSheet.cell.outsideGrid': '{cell}：评分区域以外的单元格有内容“{text}”，请删除后再导入',
  'paperSheet.cell.entryMoved':
    '{cell}：编号应为 {expected}，现为“{found}”（行被移动、删除或改动）',
  'paperSheet.cell.headerMoved':
    '{cell}：表头应为“{expected}”，现为“{found}”（列被移动、删除或改动）',
  'paperSheet.cell.entryGone': '{cell}：编号 {no} 的选手已不在本赛事中，不能评分',
  'paperSheet.cell.recused': '{cell}：该评委须回避编号 {no} 的选手，不能评分',
  'paperSheet.cell.otherSheet': '{cell}：多出的工作表中有内容“{text}”，请删除后再导入',
  // Import summary, UI, CLI.
  'paperSheet.export': '导出纸质评分表',
  'paperSheet.import': '导入纸质评分表（Excel）',
  'paperSheet.importHint':
    '选择评委填好的评分表（.xlsx），可多选。每个文件全部正确才会导入；有错误时列出出错的单元格，什么都不写入。',
  'paperSheet.summary': '纸质评分表导入结果',
  'paperSheet.cellErrorList': '单元格错误',
  'paperSheet.written': '已生成评分表：{path}',
  'paperSheet.writtenCount': '共生成 {count} 份评分表，保存在 {dir}',
  'paperSheet.needOut': '请用 --out <文件夹> 指定评分表的保存位置。',
  'paperSheet.needFiles': '请指定要导入的评分表文件（.xlsx）。',
  'paperSheet.applied':
    '{file}（评委 {judge}）：已导入 {applied} 个分数，{unchanged} 个未变，{older} 个较旧，{conflicts} 个冲突',
  'paperSheet.unchanged': '{file}（评委 {judge}）：没有新的分数（{unchanged} 个未变）',
  'paperSheet.refused': '{file}：已拒绝 — {reason}',
  'paperSheet.alreadyImported': '这份评分表之前已经导入过，内容相同，没有变化。',
};

const en: Record<keyof typeof zh, string> = {
  'paperSheet.fileName': '{competition}-{track}-{judge}-score sheet',
  'paperSheet.subtitle': '{track} score sheet',
  'paperSheet.judgeLine': '{seat}: {judge} ({organization})',
  'paperSheet.instructions':
    'Enter each criterion’s points (0 to the maximum, in its step); leave a cell empty when not scored (empty is not 0). Do not add or delete rows or columns, change entry numbers or write outside the table; the total column is for checking only and is not imported.',
  'paperSheet.colNo': 'No.',
  'paperSheet.colEntry': 'Contestant / work',
  'paperSheet.colTotal': 'Total',
  'paperSheet.maxRow': 'Maximum (step)',
  'paperSheet.maxCell': '{max} (step {step})',
  'paperSheet.signature': 'Judge’s signature: ________________________    Date: ______________',
  'paperSheet.validationPrompt':
    'Enter 0 to {max} points in steps of {step}; leave empty if not scored.',
  'paperSheet.validationError': '{criterion}: enter points from 0 to {max} in steps of {step}.',
  'paperSheet.validationErrorTitle': 'Points out of range',
  'paperSheet.footer': 'Page &P of &N',
  'paperSheet.notOrganizerStore':
    'This is a judge’s own scoring file; paper score sheets are exported and imported in the organizer’s competition file.',
  'paperSheet.judgeNotFound': 'There is no judge with id {id}.',
  'paperSheet.noPanel':
    'Judge “{judge}” sits on no track’s panel yet, so there is no score sheet to make.',
  'paperSheet.noJudges': 'No judge sits on a panel yet; there are no score sheets to make.',
  'paperSheet.tooLarge': 'The file is too large ({size} bytes; the limit is {max}); refused.',
  'paperSheet.tooManyCells':
    'Sheet “{sheet}” has too many cells ({count}; the limit is {max}); refused.',
  'paperSheet.notWorkbook':
    'This file cannot be read: it is not an Excel workbook, or it is damaged.',
  'paperSheet.noMarker':
    'This is not a paper score sheet exported by ScoreDesk (its hidden identification is missing). Fill in a sheet exported by ScoreDesk and import that.',
  'paperSheet.badMarker':
    'The score sheet’s identification is damaged and cannot be read: {detail}',
  'paperSheet.olderVersion':
    'This paper score sheet was exported by an older ScoreDesk (format version {found}); refused. Export new blank sheets and have the judge fill one in.',
  'paperSheet.newerVersion':
    'This score sheet was made by a newer ScoreDesk (version {found}; this one supports up to {supported}). Update ScoreDesk.',
  'paperSheet.otherCompetition':
    'This score sheet belongs to another competition (id {found}); refused.',
  'paperSheet.unknownJudge':
    'The judge of this score sheet (id {id}, {name}) is not in this competition; refused.',
  'paperSheet.badSignature':
    'The identification of judge “{judge}”’s score sheet does not match: its hidden identification was changed, or it was not exported by these organizers; refused.',
  'paperSheet.otherRubric':
    'Judge “{judge}”’s score sheet was exported for an earlier rubric or panel; the rubric has changed since, so it is refused. Export a new score sheet.',
  'paperSheet.sheetMissing': 'Sheet “{sheet}” is missing (deleted or renamed); refused.',
  'paperSheet.cellErrors': '{count} cell {count:error|errors}; nothing in this file was imported.',
  'paperSheet.moreErrors': '{count} more errors not listed.',
  'paperSheet.cell.overMax': '{cell}: {value} exceeds the maximum {max}',
  'paperSheet.cell.negative': '{cell}: {value} is negative; points cannot be negative',
  'paperSheet.cell.step': '{cell}: {value} is not a multiple of the step {step}',
  'paperSheet.cell.notNumber': '{cell}: “{text}” is not a number of points',
  'paperSheet.cell.formulaNoValue':
    '{cell}: the formula has no calculated value; recalculate and save it in Excel, or type the number',
  'paperSheet.cell.outsideGrid':
    '{cell}: a cell outside the scoring grid holds “{text}”; delete it and import again',
  'paperSheet.cell.entryMoved':
    '{cell}: the entry number should be {expected} but is “{found}” (a row was moved, deleted or changed)',
  'paperSheet.cell.headerMoved':
    '{cell}: the header should be “{expected}” but is “{found}” (a column was moved, deleted or changed)',
  'paperSheet.cell.entryGone':
    '{cell}: entry {no} is no longer in this competition and cannot be scored',
  'paperSheet.cell.recused': '{cell}: this judge is recused from entry {no} and cannot score it',
  'paperSheet.cell.otherSheet': '{cell}: an added sheet holds “{text}”; delete it and import again',
  'paperSheet.export': 'Export paper score sheet',
  'paperSheet.import': 'Import paper score sheets (Excel)',
  'paperSheet.importHint':
    'Choose the judges’ filled-in score sheets (.xlsx), several at once if you like. A file is imported only when all of it is right; otherwise the wrong cells are listed and nothing is written.',
  'paperSheet.summary': 'Paper score sheets imported',
  'paperSheet.cellErrorList': 'Cell errors',
  'paperSheet.written': 'Score sheet written: {path}',
  'paperSheet.writtenCount': '{count} score {count:sheet|sheets} written to {dir}',
  'paperSheet.needOut': 'Give the folder for the score sheets with --out <folder>.',
  'paperSheet.needFiles': 'Name the score sheet files (.xlsx) to import.',
  'paperSheet.applied':
    '{file} (judge {judge}): {applied} scores imported, {unchanged} unchanged, {older} older, {conflicts} conflicts',
  'paperSheet.unchanged': '{file} (judge {judge}): no new scores ({unchanged} unchanged)',
  'paperSheet.refused': '{file}: refused — {reason}',
  'paperSheet.alreadyImported':
    'This score sheet was imported before with the same content; nothing changed.',
};

export const paperSheets = { 'zh-CN': zh, en };
