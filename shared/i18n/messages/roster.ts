// Roster and judges screens.
const zh = {
  'status.competing': '参赛',
  'status.absent': '缺席',
  'status.withdrawn': '弃权',
  'status.disqualified': '取消资格',
};

const en: Record<keyof typeof zh, string> = {
  'status.competing': 'Competing',
  'status.absent': 'Absent',
  'status.withdrawn': 'Withdrawn',
  'status.disqualified': 'Disqualified',
};

export const roster = { 'zh-CN': zh, en };
