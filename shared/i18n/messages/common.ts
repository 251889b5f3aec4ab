// Words used across the application.
const zh = {
  'app.name': '评分台',
  'app.tagline': '离线比赛评分系统',
  'action.save': '保存',
  'action.cancel': '取消',
  'action.delete': '删除',
  'action.add': '添加',
  'action.edit': '编辑',
  'action.close': '关闭',
  'action.back': '返回',
  'language.switch': 'English',
};

const en: Record<keyof typeof zh, string> = {
  'app.name': 'ScoreDesk',
  'app.tagline': 'Offline competition scoring',
  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.delete': 'Delete',
  'action.add': 'Add',
  'action.edit': 'Edit',
  'action.close': 'Close',
  'action.back': 'Back',
  'language.switch': '中文',
};

export const common = { 'zh-CN': zh, en };
