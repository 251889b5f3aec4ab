// The exported workbook on paper (page numbers, the rank as it prints, when it was made) and the
// results page's export of every track at once.
const zh = {
  'exportPrint.pageNumbers': '第 {page} 页，共 {pages} 页',
  /** A spreadsheet number format: the rank stays a number (it sorts) but prints as 第1名. */
  'exportPrint.rankFormat': '"第"0"名"',
  'exportPrint.exportedAt': '导出时间：{time}',
  'exportPrint.exportAll': '导出全部赛项 Excel',
  'exportPrint.exportAllHint': '一个工作簿，每个有选手的赛项各三张表：成绩表、评分明细、获奖名单',
};

const en: Record<keyof typeof zh, string> = {
  'exportPrint.pageNumbers': 'Page {page} of {pages}',
  'exportPrint.rankFormat': '0',
  'exportPrint.exportedAt': 'Exported {time}',
  'exportPrint.exportAll': 'Export all tracks to Excel',
  'exportPrint.exportAllHint':
    'One workbook with three sheets for every track that has entries: results, marks and awards',
};

export const exportPrint = { 'zh-CN': zh, en };
