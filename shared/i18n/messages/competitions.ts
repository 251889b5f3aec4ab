// The home screen's two ways in, the competition list (rename, archive), one competition one
// file, and the app's own file and date fields.
const zh = {
  'home.judgeArea': '我是评委',
  'home.judgeAreaHint': '组委会会发给您一个评委文件（.scoredesk-judge）。打开它，就是您的评分表。',
  'home.judgeFileButton': '打开评委文件…',
  'home.organizerArea': '我是组委会 / 记分员',
  'home.organizerAreaHint': '新建一场赛事，或打开已有的赛事文件。',
  'home.archived': '已归档',
  'home.archivedCount': '已归档（{count}）',
  'home.lineFile': '文件 {file}',
  'home.lineOpened': '上次打开 {at}',
  'home.lineModified': '修改于 {at}',
  'home.lineActions': '“{name}”的操作',
  'home.rename': '重命名…',
  'home.archive': '归档',
  'home.restore': '恢复',
  'home.renameTitle': '重命名赛事',
  'home.renameName': '新名称',
  'home.renameButton': '重命名',
  'home.renameKeepsFile': '赛事文件的文件名不变（{file}），备份和最近打开的记录都照旧可用。',
  'home.renamedStale':
    '已重命名为“{name}”。已发给 {count} 位评委的评委文件仍然有效，但上面还是原来的名称：请打开赛事，在“评委文件”中重新导出，发给评委（评分不会丢失）。',
  'home.renamed': '已重命名为“{name}”。',
  'home.archivedDone': '“{name}”已归档，可在“已归档”中恢复。',
  'home.openTwin': '打开已有的赛事',
  'home.restoreTwin': '恢复并打开已有的赛事',
  'competition.twin':
    '本机已有同名、同届次的赛事“{name}”（届次：{edition}），文件：{path}。同一场比赛只应有一个赛事文件：评委文件和评分文件只认其中一个的密钥。请打开已有的赛事；如果确实是另一场（例如演练），请改用不同的名称或届次。',
  'competition.twinArchived':
    '本机已有同名、同届次的赛事“{name}”（届次：{edition}），已归档，文件：{path}。同一场比赛只应有一个赛事文件：请恢复并打开它；如果确实是另一场（例如演练），请改用不同的名称或届次。',
  'competition.judgeCopy': '这是评委自己的评分表，不能在这里重命名或归档。',
  'file.noneChosen': '尚未选择文件',
  'file.chosenMany': '已选择 {count} 个文件（{first} 等）',
  'date.placeholder': '年-月-日，如 2026-05-18',
  'date.invalid': '请按“年-月-日”填写日期，例如 2026-05-18。',
};

const en: Record<keyof typeof zh, string> = {
  'home.judgeArea': 'I am a judge',
  'home.judgeAreaHint':
    'The organizers send you a judge file (.scoredesk-judge). Open it and your scoring sheet is ready.',
  'home.judgeFileButton': 'Open my judge file…',
  'home.organizerArea': 'Organizers and scorekeepers',
  'home.organizerAreaHint': 'Create a competition, or open a competition file.',
  'home.archived': 'Archived',
  'home.archivedCount': 'Archived ({count})',
  'home.lineFile': 'File {file}',
  'home.lineOpened': 'last opened {at}',
  'home.lineModified': 'modified {at}',
  'home.lineActions': 'Actions for “{name}”',
  'home.rename': 'Rename…',
  'home.archive': 'Archive',
  'home.restore': 'Restore',
  'home.renameTitle': 'Rename competition',
  'home.renameName': 'New name',
  'home.renameButton': 'Rename',
  'home.renameKeepsFile':
    'The competition file keeps its file name ({file}): backups and the recent list still find it.',
  'home.renamedStale':
    'Renamed to “{name}”. The judge files already given to {count} judges still work but show the old name: open the competition and export them again under “Judge files” (no marks are lost).',
  'home.renamed': 'Renamed to “{name}”.',
  'home.archivedDone': '“{name}” is archived; restore it from “Archived”.',
  'home.openTwin': 'Open the existing competition',
  'home.restoreTwin': 'Restore and open the existing competition',
  'competition.twin':
    'This computer already has a competition “{name}” of the same edition ({edition}), file {path}. One competition should have one file: judge files and score files trust only one of their keys. Open the existing one; if this really is another event (a rehearsal, say), give it another name or edition.',
  'competition.twinArchived':
    'This computer already has a competition “{name}” of the same edition ({edition}), archived, file {path}. One competition should have one file: restore and open it; if this really is another event (a rehearsal, say), give it another name or edition.',
  'competition.judgeCopy':
    'This is a judge’s own scoring sheet: it cannot be renamed or archived here.',
  'file.noneChosen': 'No file chosen yet',
  'file.chosenMany': '{count} files chosen ({first} and others)',
  'date.placeholder': 'YYYY-MM-DD, e.g. 2026-05-18',
  'date.invalid': 'Enter the date as year-month-day, e.g. 2026-05-18.',
};

export const competitions = { 'zh-CN': zh, en };
