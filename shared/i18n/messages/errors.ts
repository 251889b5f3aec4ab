// Error messages: what was wrong and where, in the user's language.
const zh = {
  'error.unexpected': '发生意外错误：{detail}',
  'error.invalidInput': '输入有误：{field} — {detail}',
  'error.unknownCall': '未知的调用：{name}',
  'error.forbiddenSender': '拒绝来自未知页面的调用。',
  'error.notAllowed': '当前打开的是{holds}，不能进行这项操作，已拒绝。',
  'error.hostRefused': '本机服务拒绝了请求：请重新打开评分台启动时打印的地址（含令牌）。',
  'error.hostUnreachable': '无法连接评分台本机服务：{detail}',
  'error.noCompetition': '尚未打开任何赛事，请先新建或打开一个赛事文件。',
  'store.notFound': '找不到赛事文件：{path}',
  'store.notScoreDesk': '{path} 不是评分台赛事文件。',
  'store.newerVersion':
    '{path} 由更新版本的评分台创建（数据版本 {found}，本程序支持到 {supported}），请升级评分台后再打开。',
  'store.exists': '文件已存在：{path}',
  'store.readOnly': '无法写入 {path}：{detail}',
  'store.openedReadOnly':
    '这个赛事文件所在的磁盘或文件夹不允许写入（只读），所以只能查看和导出，不能修改。要修改，请把赛事文件复制到本机磁盘（如“文档”文件夹）后再打开。',
  'store.readOnlyOld':
    '赛事文件 {path} 在只读的磁盘上，而且是旧版本评分台保存的（数据版本 {found}），需要先升级才能打开。请把它复制到本机磁盘后再打开。',
  'store.inUse':
    '赛事文件 {path} 正在被评分台（或本机的评分台服务、另一个命令）使用，同一时间只能有一处修改它。请先在评分台中关闭这个赛事，再重试。',
  'disk.full':
    '磁盘已满，这次没能保存。请腾出磁盘空间（或换一个盘）后再试；之前保存的内容没有丢失。',
  'track.notFound': '找不到赛项：{code}',
  'track.hasEntries': '赛项“{track}”下还有 {count} 名选手，不能删除。请先移走或删除这些选手。',
  'track.criterionHasScores': '评分项“{criterion}”已有评分，不能删除。',
  'track.markOffScale':
    '{entry} 号 {name}，{judge}，评分项“{criterion}”：{mark} 分，不符合修改后的满分 {max}、步长 {step}',
  'track.moreMarksOffScale': '……另有 {count} 个评分同样不符合',
  'track.forceReasonRequired': '有 {count} 个评分不符合修改后的评分标准：仍要保存，必须填写原因。',
  'track.groupHasEntries': '组别“{group}”下还有选手，不能删除。',
  'entry.notFound': '找不到该选手（编号 {id}）。',
  'entry.hasMarks': '选手 {no} 已有评分或扣分记录，不能删除；可将其状态改为“弃权”或“取消资格”。',
  'judge.hasScores': '评委“{name}”已提交评分，不能删除。',
  'entry.duplicateNo': '赛项“{track}”中已有编号为 {no} 的选手。',
  'entry.unknownGroup': '赛项“{track}”中没有组别 {group}。',
  'entry.teamSize': '“{track}”每队 {min}–{max} 人，当前 {count} 人。',
  'judge.notFound': '找不到该评委（编号 {id}）。',
  'judge.unknownTrack': '没有代码为 {code} 的赛项。',
};

const en: Record<keyof typeof zh, string> = {
  'error.unexpected': 'Something unexpected went wrong: {detail}',
  'error.invalidInput': 'Invalid input: {field} — {detail}',
  'error.unknownCall': 'Unknown call: {name}',
  'error.forbiddenSender': 'Call refused: it did not come from the ScoreDesk window.',
  'error.notAllowed': 'What is open here is {holds}, which cannot do this; refused.',
  'error.hostRefused':
    'The local ScoreDesk service refused the request: open the address ScoreDesk printed at start, token included.',
  'error.hostUnreachable': 'Cannot reach the local ScoreDesk service: {detail}',
  'error.noCompetition': 'No competition is open. Create or open a competition file first.',
  'store.notFound': 'Competition file not found: {path}',
  'store.notScoreDesk': '{path} is not a ScoreDesk competition file.',
  'store.newerVersion':
    '{path} was made by a newer ScoreDesk (data version {found}; this one supports up to {supported}). Update ScoreDesk to open it.',
  'store.exists': 'The file already exists: {path}',
  'store.readOnly': 'Cannot write {path}: {detail}',
  'store.openedReadOnly':
    'The disk or folder of this competition file does not allow writing (read-only), so it can be viewed and exported but not changed. To change it, copy the competition file to this computer’s own disk (for example Documents) and open the copy.',
  'store.readOnlyOld':
    'The competition file {path} is on a read-only disk and was saved by an older ScoreDesk (data version {found}); it must be upgraded before it can be opened. Copy it to this computer’s own disk and open the copy.',
  'store.inUse':
    'The competition file {path} is in use by ScoreDesk (or its local host, or another command); only one place may change it at a time. Close the competition in ScoreDesk first, then try again.',
  'disk.full':
    'The disk is full: this was not saved. Free some space (or use another disk) and try again; what was saved before is not lost.',
  'track.notFound': 'Track not found: {code}',
  'track.hasEntries':
    'Track “{track}” still has {count} entries and cannot be removed. Move or remove them first.',
  'track.criterionHasScores': 'Criterion “{criterion}” already has scores and cannot be removed.',
  'track.markOffScale':
    'Entry {entry} {name}, {judge}, criterion “{criterion}”: {mark} does not fit the new maximum {max}, step {step}',
  'track.moreMarksOffScale': '… and {count} more {count:mark|marks} that do not fit',
  'track.forceReasonRequired':
    '{count} marks do not fit the changed rubric: to save anyway, give the reason.',
  'track.groupHasEntries': 'Group “{group}” still has entries and cannot be removed.',
  'entry.notFound': 'Entry not found (id {id}).',
  'entry.hasMarks':
    'Entry {no} already has marks or deductions and cannot be removed; set its status to “Withdrawn” or “Disqualified” instead.',
  'judge.hasScores': 'Judge “{name}” has already submitted scores and cannot be removed.',
  'entry.duplicateNo': 'Track “{track}” already has an entry numbered {no}.',
  'entry.unknownGroup': 'Track “{track}” has no group {group}.',
  'entry.teamSize': '“{track}” takes teams of {min}–{max}; this one has {count}.',
  'judge.notFound': 'Judge not found (id {id}).',
  'judge.unknownTrack': 'There is no track with code {code}.',
};

export const errors = { 'zh-CN': zh, en };
