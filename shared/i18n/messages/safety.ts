// Backups and restore, untrusted files read in a separate worker, and the bad-input corpus.
const zh = {
  'backup.title': '备份与恢复',
  'backup.intro':
    '评分台在每次合并评分、锁定成绩和导入之前自动保存一份赛事文件快照，保留最近 {keep} 份。恢复前会先为当前状态再做一份快照。',
  'backup.folder': '快照文件夹：{dir}',
  'backup.none': '还没有快照。第一次合并评分、锁定成绩或导入时会自动生成。',
  'backup.col.time': '时间',
  'backup.col.reason': '原因',
  'backup.col.size': '大小',
  'backup.col.name': '文件',
  'backup.restore': '恢复',
  'backup.restoreLatest': '恢复最近的快照',
  'backup.confirmButton': '确定恢复',
  'backup.cancel': '取消',
  'backup.nav': '备份与恢复',
  'backup.confirm':
    '确定要把赛事恢复到 {at} 的快照（{reason}）吗？之后的改动将撤销；当前状态会先另存为一份快照。',
  'backup.restored': '已恢复到 {at} 的快照。',
  'backup.sizeKb': '{size} 千字节',
  'backup.reason.merge': '合并评分前',
  'backup.reason.lock': '锁定成绩前',
  'backup.reason.key-retire': '停用评委密钥前',
  'backup.reason.roster-import': '导入名单前',
  'backup.reason.sheet-import': '导入纸质评分表前',
  'backup.reason.import': '导入前',
  'backup.reason.restore': '恢复前',
  'backup.reason.rubric-change': '修改评分标准前',
  'backup.reason.draw': '抽签前',
  'backup.reason.recusal': '修改回避前',
  'backup.reason.conflict': '裁定评分冲突前',
  'backup.reason.manual': '手动备份',
  'backup.reason.damaged': '已损坏的文件（移出保存）',
  'backup.storeDamaged':
    '赛事文件 {path} 已损坏，无法安全打开（{detail}）。共有 {count} 份快照，最近一份：{latestAt}。可以恢复快照。',
  'backup.damagedTitle': '赛事文件已损坏',
  'backup.failed': '无法保存快照 {path}：{detail}',
  'backup.notFound': '找不到快照“{name}”。',
  'backup.snapshotDamaged': '快照“{name}”本身已损坏，不能用来恢复，请选择另一份。',
  'backup.cliList': '{at}  {reason}  {size} 字节  {name}',
  'backup.cliNone': '{store} 还没有快照。',
  'backup.cliRestored': '已把 {store} 恢复到快照 {name}（当前状态已先另存）。',
  'backup.cliUsage':
    '用法：scoredesk backups <赛事文件>；scoredesk restore <赛事文件> <快照文件名>',
  'worker.timeout': '读取文件“{name}”超过 {seconds} 秒仍未完成，已停止读取并拒绝该文件。',
  'worker.outOfMemory': '读取文件“{name}”所需内存超过上限（{mb} MB），已拒绝该文件。',
  'worker.crashed': '读取文件“{name}”时出错，已拒绝该文件：{detail}',
  'worker.tooLarge': '文件“{name}”过大（{size} 字节，上限 {max} 字节），未读取即已拒绝。',
  'worker.unreadable': '无法读取文件“{name}”：{detail}',
  'corpus.refused': '错误输入样本：{count} 个文件均被拒绝',
};

const en: Record<keyof typeof zh, string> = {
  'backup.title': 'Backups and restore',
  'backup.intro':
    'ScoreDesk saves a snapshot of the competition file before every merge, results lock and import, and keeps the newest {keep}. A restore first snapshots the current state.',
  'backup.folder': 'Snapshot folder: {dir}',
  'backup.none': 'No snapshots yet. The first merge, lock or import makes one.',
  'backup.col.time': 'Time',
  'backup.col.reason': 'Reason',
  'backup.col.size': 'Size',
  'backup.col.name': 'File',
  'backup.restore': 'Restore',
  'backup.restoreLatest': 'Restore the latest snapshot',
  'backup.confirmButton': 'Yes, restore',
  'backup.cancel': 'Cancel',
  'backup.nav': 'Backups',
  'backup.confirm':
    'Restore the competition to the snapshot of {at} ({reason})? Later changes are undone; the current state is saved as a snapshot first.',
  'backup.restored': 'Restored to the snapshot of {at}.',
  'backup.sizeKb': '{size} KB',
  'backup.reason.merge': 'Before a merge',
  'backup.reason.lock': 'Before a results lock',
  'backup.reason.key-retire': 'Before a judge’s key was retired',
  'backup.reason.roster-import': 'Before a roster import',
  'backup.reason.sheet-import': 'Before a paper score sheet import',
  'backup.reason.import': 'Before an import',
  'backup.reason.restore': 'Before a restore',
  'backup.reason.rubric-change': 'Before a rubric change',
  'backup.reason.draw': 'Before a draw',
  'backup.reason.recusal': 'Before a recusal change',
  'backup.reason.conflict': 'Before a conflict decision',
  'backup.reason.manual': 'Manual backup',
  'backup.reason.damaged': 'Damaged file (moved aside)',
  'backup.storeDamaged':
    'The competition file {path} is damaged and cannot be opened safely ({detail}). There are {count} snapshots, the latest from {latestAt}. You can restore one.',
  'backup.damagedTitle': 'Competition file damaged',
  'backup.failed': 'Could not save the snapshot {path}: {detail}',
  'backup.notFound': 'No snapshot named “{name}”.',
  'backup.snapshotDamaged':
    'The snapshot “{name}” is itself damaged and cannot be restored; choose another.',
  'backup.cliList': '{at}  {reason}  {size} bytes  {name}',
  'backup.cliNone': '{store} has no snapshots yet.',
  'backup.cliRestored':
    'Restored {store} to the snapshot {name} (the current state was saved first).',
  'backup.cliUsage':
    'Usage: scoredesk backups <competition file>; scoredesk restore <competition file> <snapshot file name>',
  'worker.timeout':
    'Reading the file “{name}” took longer than {seconds} s; reading was stopped and the file refused.',
  'worker.outOfMemory':
    'Reading the file “{name}” needed more memory than allowed ({mb} MB); the file was refused.',
  'worker.crashed': 'Reading the file “{name}” failed; the file was refused: {detail}',
  'worker.tooLarge':
    'The file “{name}” is too large ({size} bytes, limit {max} bytes); refused without reading it.',
  'worker.unreadable': 'Cannot read the file “{name}”: {detail}',
  'corpus.refused': 'bad-input corpus: {count} files refused',
};

export const safety = { 'zh-CN': zh, en };
