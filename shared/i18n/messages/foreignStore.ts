// A competition file whose database holds what ScoreDesk never creates (electron/store/ownSchema.ts).
const zh = {
  'store.foreignSchema':
    '赛事文件 {path} 里有评分台自己不会建立的数据库内容：{found}。这样的内容可能在保存评分时暗中改动分数，所以没有打开这个文件，也没有对它做任何改动。请改用评分台生成的赛事文件或它的快照。',
  'foreignStore.extra': '多出的{type}“{name}”',
  'foreignStore.changed': '被改动的{type}“{name}”',
  'foreignStore.missing': '缺少的{type}“{name}”',
  'foreignStore.more': '等共 {count} 处',
  'foreignStore.type.table': '表',
  'foreignStore.type.index': '索引',
  'foreignStore.type.trigger': '触发器',
  'foreignStore.type.view': '视图',
};

const en: Record<keyof typeof zh, string> = {
  'store.foreignSchema':
    'The competition file {path} holds database objects ScoreDesk never creates: {found}. Such objects could silently change marks as they are saved, so the file was not opened and nothing in it was changed. Use a competition file made by ScoreDesk, or one of its snapshots.',
  'foreignStore.extra': 'an extra {type} “{name}”',
  'foreignStore.changed': 'a changed {type} “{name}”',
  'foreignStore.missing': 'a missing {type} “{name}”',
  'foreignStore.more': '({count} in all)',
  'foreignStore.type.table': 'table',
  'foreignStore.type.index': 'index',
  'foreignStore.type.trigger': 'trigger',
  'foreignStore.type.view': 'view',
};

export const foreignStore = { 'zh-CN': zh, en };
