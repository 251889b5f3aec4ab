// Files between organizer and judges, the judge's sheet, merging, and the reasons files are refused.
const zh = {
  'judgeFile.tooLarge': '评委文件过大（{size} 个字符，上限 {max}），已拒绝。',
  'judgeFile.notJson': '这不是有效的评委文件：内容无法读取，可能已损坏或不完整。',
  'judgeFile.wrongFormat': '这不是评委文件。',
  'judgeFile.olderVersion':
    '该评委文件由早期的评分台生成，其中的密钥不再安全，已拒绝。请向组委会索取新的评委文件。',
  'judgeFile.otherCompetitionKey':
    '这份评委文件不是本赛事组委会签发的：签名密钥指纹 {found}，而本机从第一份评委文件记下的赛事指纹是 {pinned}。已拒绝，请向组委会核实。',
  'judgeFile.olderKeyEpoch':
    '这是评委“{judge}”的旧评委文件：组委会已为该评委更换密钥，已拒绝。请使用组委会新签发的评委文件。',
  'judgeFile.newerVersion': '该评委文件由更新的评分台生成，本程序读不了，请升级评分台。',
  'judgeFile.invalid': '评委文件内容有误，已拒绝：{detail}',
  'judgeFile.badSignature': '评委文件签名不符：文件在生成后被改动或已损坏，请向组委会重新索取。',
  'judgeFile.noPanel': '评委“{judge}”尚未分配到任何赛项的评委组，无法生成评委文件。',
  'judgeFile.marksOffRubric':
    '新的评委文件改了评分细则，您已录入的 {count} 个评分超出了新的满分或分值步长（{marks}）。新文件未打开，原评分表不变：请先在原评分表上修改这些评分，或请记分员核对评分细则。',
  'judgeFile.notOrganizerStore': '这是评委自己的评分文件，不能在这里生成评委文件。',
  'judgeFile.keyMismatch':
    '评委“{judge}”的这份评委文件不是本赛事签发的：签名密钥指纹 {found} 与本赛事的不同。',
  'judgeFile.written': '已生成评委文件：{path}',
  'judgeFile.needJudgeAndOut': '请用 --judge <评委编号> 和 --out <文件> 指定评委和输出文件。',
  'scoreFile.tooLarge': '评分文件过大（{size} 个字符，上限 {max}），已拒绝。',
  'scoreFile.notJson': '这不是有效的评分文件：内容无法读取，可能已损坏或不完整。',
  'scoreFile.wrongFormat': '这不是评分文件。',
  'scoreFile.olderVersion':
    '该评分文件由早期的评分台导出，无法证明出自评委本人，已拒绝。请评委用新的评分台打开新的评委文件后重新导出。',
  'scoreFile.newerVersion': '该评分文件由更新的评分台生成，本程序读不了，请升级评分台。',
  'scoreFile.invalid': '评分文件内容有误，已拒绝：{detail}',
  'scoreFile.badSignature': '评分文件签名不符：文件在导出后被改动或已损坏。',
  'sheet.noOwnKey': '本评分表还没有评委密钥：请重新打开组委会签发的评委文件（评分全部保留）。',
  'sheet.keyElsewhere':
    '本评分表的评委密钥由评分台桌面程序保管在本机系统钥匙串中，只能在评分台桌面程序中导出评分文件。',
  'sheet.notJudgeStore': '当前打开的是组委会的赛事文件，不是评委评分表。',
  'sheet.unknownEntry': '评分表中没有该选手（编号 {id}）：可能需要回避，或不在本评委组。',
  'sheet.entryRemoved':
    '选手 {no} 已不在新的评委文件中（组委会已将其移出名单），不能再评分；已录入的评分保留在本机。',
  'sheet.recused': '您对选手 {no} 回避，不能为其评分。',
  'sheet.notJudged': '“{criterion}”不是评委评分项。',
  'sheet.outOfRange':
    '“{criterion}”的分数 {value} 无效：应在 0 到 {max} 之间，且为 {step} 的整数倍。',
  'merge.notOrganizerStore': '这是评委自己的评分文件，只有组委会的赛事文件才能合并评分。',
  'merge.otherCompetition': '该评分文件属于另一场赛事，不是本赛事的，已拒绝。',
  'merge.unknownJudge': '本赛事没有评分文件中的评委“{name}”（编号 {id}），已拒绝。',
  'merge.badSignature':
    '评分文件签名不符（自称评委“{judge}”）：文件被改动、已损坏，或并非该评委导出，已拒绝。',
  'merge.retiredJudgeFile':
    '评委“{judge}”的评分文件来自密钥更换之前的旧评委文件（可能是遗失或转发的），已拒绝。',
  'merge.retiredKey': '评委“{judge}”的评分文件用已停用的密钥签名（指纹 {fingerprint}），已拒绝。',
  'merge.otherKey':
    '评委“{judge}”的评分文件用另一把密钥签名（指纹 {fingerprint}），与已确认的密钥不同，已拒绝。若评委换了电脑，请先停用旧密钥并重新签发评委文件。',
  'merge.keyNotAccepted':
    '评委“{judge}”的密钥尚未确认（指纹 {fingerprint}）。请与评委电脑屏幕上显示的指纹逐字核对，一致后在“评委密钥”中确认，再合并一次。',
  'merge.revisionJump':
    '评委“{judge}”的评分文件中选手 {no} 的“{criterion}”修改次数远超该评委已提交的记录，不是正常录入产生的，已拒绝。',
  'merge.futureTime':
    '评委“{judge}”的评分文件中选手 {no} 的“{criterion}”的时间在将来（超过一天），已拒绝。请核对评委电脑的日期时间。',
  'merge.otherRubric':
    '评委“{judge}”的评分文件所用的评分细则或评委组与本赛事现在的不同，已拒绝。请重新签发评委文件并请评委重新导出。',
  'merge.unknownEntry':
    '评分文件中的选手 {no} 已不在本赛事名单中（可能已被删除），已拒绝。请重新给该评委发放评委文件，评委打开后再导出评分文件。',
  'merge.entryRenumbered':
    '评分文件中的选手 {no}（{name}）现在的编号是 {current}，已拒绝，以免评分记到别人名下。请重新给该评委发放评委文件，评委打开后再导出评分文件。',
  'merge.entryMoved':
    '评分文件中的选手 {no}（{name}）已改到其他赛项，已拒绝。请重新给该评委发放评委文件。',
  'merge.notOnPanel': '评委“{judge}”不在选手 {no} 所在赛项的评委组中，已拒绝。',
  'merge.unknownCriterion': '选手 {no} 的评分项“{criterion}”不是本赛项的评委评分项，已拒绝。',
  'merge.duplicateCell': '评分文件中选手 {no} 的“{criterion}”出现了两次，已拒绝。',
  'merge.recused': '评委“{judge}”须回避选手 {no}，但文件中有其评分，已拒绝。',
  'merge.outOfRange':
    '选手 {no} 的“{criterion}”分数 {value} 无效（应在 0 到 {max} 之间，且为 {step} 的整数倍），已拒绝。',
  'judgeKeys.alreadyAccepted':
    '评委“{judge}”已有一把确认过的密钥。若评委换了电脑或文件外泄，请先停用该密钥并重新签发评委文件。',
  'judgeKeys.notPending': '评委“{judge}”没有指纹为 {fingerprint} 的待确认密钥。',
  'judgeKeys.reasonNeeded': '停用评委密钥须写明原因（例如：电脑遗失、评委文件外泄）。',
  'merge.conflictNotFound': '找不到该评分冲突（编号 {id}）。',
  'completeness.scored': '已评完',
  'completeness.partial': '部分已评',
  'completeness.missing': '未评',
  'completeness.recused': '回避',
  'completeness.conflict': '冲突待裁定',
  'cli.verifyJudgeFile':
    '评委文件完好：{competition}；评委 {judge}；评委组 {tracks}；{count} 名选手；赛事密钥指纹 {fingerprint}。',
  'cli.verifyScoreFile':
    '评分文件完好：{competition}；评委 {judge}；赛项 {tracks}；{count} 项评分；已提交 {submissions} 次；评委密钥指纹 {fingerprint}（已确认）。',
  'cli.verifyNeedsStore':
    '评分文件未被改动，由指纹 {fingerprint} 的密钥签名（评委 {judge}，{count} 项评分）；这把密钥是否为组委会确认的该评委密钥，须用 --store 指定赛事文件核对。',
  'cli.keysNeedJudge': '请用 --judge <评委编号> 指定评委，确认时再用 --fingerprint <指纹>。',
  'cli.keyAccepted': '已确认评委密钥 {fingerprint}。',
  'cli.keyRetired': '已停用该评委的密钥；请重新给该评委签发评委文件。',
  'cli.keysNone': '还没有收到任何评委的密钥（评委的第一份评分文件带来其密钥）。',
  'cli.keyLine': '  {judge}  {fingerprint}  {state}  首次收到 {at}',
  'judgeKeys.title': '评委密钥',
  'judgeKeys.waiting':
    '{count} 把评委密钥待确认：请评委读出其评分表上方显示的“本机评委密钥指纹”，与下表逐字核对，一致后确认，再合并一次该评委的评分文件。',
  'judgeKeys.fingerprint': '指纹',
  'judgeKeys.state': '状态',
  'judgeKeys.when': '时间',
  'judgeKeys.compare': '核对并确认…',
  'judgeKeys.acceptTitle': '确认评委“{judge}”的密钥',
  'judgeKeys.acceptBody':
    '评委电脑屏幕上显示的指纹与下面这串字符逐字相同吗？只有完全一致才能确认：',
  'judgeKeys.accept': '一致，确认',
  'judgeKeys.retire': '停用…',
  'judgeKeys.retireReason': '停用原因',
  'judgeKeys.retireConfirm': '停用该评委的密钥',
  'judgeKeys.state.pending': '待确认',
  'judgeKeys.state.accepted': '已确认',
  'judgeKeys.state.retired': '已停用',
  'cli.verifyRefused': '文件未通过核验：{reason}',
  'cli.mergeApplied':
    '{file}：已合并（评委 {judge}）— 更新 {applied} 项，未变 {unchanged} 项，较旧 {older} 项，冲突 {conflicts} 项',
  'cli.mergeUnchanged':
    '{file}：无新内容（评委 {judge}）— 未变 {unchanged} 项，较旧 {older} 项，冲突 {conflicts} 项',
  'cli.mergeRefused': '{file}：已拒绝 — {reason}',
  'cli.mergeNoFiles': '没有找到评分文件：{path}',
  'cli.mergeOpenConflicts': '共有 {count} 处评分冲突等待裁定，请在评分台中处理。',
  'judgeFileStatus.title': '评委文件',
  'judgeFileStatus.allCurrent': '{count} 位评委的评委文件都是最新的。',
  'judgeFileStatus.summary':
    '{count} 位评委中：{stale} 份评委文件已过期（改了什么见各行），{never} 位评委尚未发放。',
  'judgeFileStatus.judge': '评委',
  'judgeFileStatus.tracks': '评委组',
  'judgeFileStatus.state': '评委文件',
  'judgeFileStatus.issued': '上次发放',
  'judgeFileStatus.never': '未发放',
  'judgeFileStatus.current': '最新',
  'judgeFileStatus.stale': '需重新发放',
  'judgeFileStatus.changed.competition': '（赛事名称或信息已改）',
  'judgeFileStatus.changed.rubric': '（评分细则已改）',
  'judgeFileStatus.changed.entries': '（选手名单或回避已改）',
  'judgeFileStatus.changed.seats': '（座位号已改）',
  'judgeFileStatus.issuedAt': '{at}（第 {times} 次）',
  'judgeFileStatus.issue': '导出评委文件',
  'judgeFileStatus.reissue': '重新导出',
  'judgeFileStatus.howTo':
    '把新的评委文件交给评委，在评委的电脑上打开即可：已录入的评分全部保留，新增选手排在后面，被移出的选手显示为“已移出”。',
  'merge.otherCompetitionKnown':
    '这是赛事“{competition}”的评分文件（评委“{judge}”），不是本赛事的，已拒绝。请在那场赛事中合并它。',
  'merge.otherCompetitionNamed':
    '文件名显示这是赛事“{competition}”的评分文件（评委“{judge}”），不是本赛事的，已拒绝。请在那场赛事中合并它。',
  'merge.otherCompetitionUnknown':
    '这份评分文件（评委“{judge}”）属于另一场赛事，本机上没有那场赛事，已拒绝。请确认打开的是正确的赛事。',
  'merge.judgeFileGiven':
    '这是评委文件（组委会发给评委打开评分用的），不是评委交回的评分文件，未合并。请让评委在评分台中“导出评分文件”后交回。',
  'merge.resultsFileGiven': '这是公布的成绩文件，不是评委的评分文件，未合并。',
  'merge.notScoreFile': '这不是评委导出的评分文件，未合并。',
  'merge.decisionNeedsWhoAndWhy': '裁定冲突须写明裁定人和理由。',
};

const en: Record<keyof typeof zh, string> = {
  'judgeFile.tooLarge': 'The judge file is too large ({size} characters, limit {max}); refused.',
  'judgeFile.notJson':
    'This is not a valid judge file: its content cannot be read. It may be damaged or incomplete.',
  'judgeFile.wrongFormat': 'This is not a judge file.',
  'judgeFile.olderVersion':
    'This judge file was made by an early ScoreDesk and its keys are no longer safe; refused. Ask the organizers for a new judge file.',
  'judgeFile.otherCompetitionKey':
    'This judge file was not issued by this competition’s organizers: it is signed with key {found}, while this computer noted the competition’s fingerprint {pinned} from its first judge file. Refused; check with the organizers.',
  'judgeFile.olderKeyEpoch':
    'This is an old judge file of judge “{judge}”: the organizers have since given this judge a new key. Refused; use the judge file the organizers issued last.',
  'judgeFile.newerVersion':
    'This judge file was made by a newer ScoreDesk that this one cannot read; please update ScoreDesk.',
  'judgeFile.invalid': 'The judge file’s content is invalid; refused: {detail}',
  'judgeFile.badSignature':
    'The judge file’s signature does not match: it was changed after it was made, or damaged. Ask the organizers for a new one.',
  'judgeFile.marksOffRubric':
    'The new judge file changes the rubric, and {count} of the marks you entered no longer fit its maxima or steps ({marks}). The new file was not opened and your sheet is unchanged: change those marks on your sheet first, or ask the scorekeeper to check the rubric.',
  'judgeFile.noPanel':
    'Judge “{judge}” sits on no track’s panel yet, so there is no judge file to make.',
  'judgeFile.notOrganizerStore':
    'This is a judge’s own scoring file; judge files are made from the organizer’s competition file.',
  'judgeFile.keyMismatch':
    'This judge file of judge “{judge}” was not issued by this competition: it is signed with key {found}, not the competition’s.',
  'judgeFile.written': 'Judge file written: {path}',
  'judgeFile.needJudgeAndOut':
    'Name the judge and the output file with --judge <id> and --out <file>.',
  'scoreFile.tooLarge': 'The score file is too large ({size} characters, limit {max}); refused.',
  'scoreFile.notJson':
    'This is not a valid score file: its content cannot be read. It may be damaged or incomplete.',
  'scoreFile.wrongFormat': 'This is not a score file.',
  'scoreFile.olderVersion':
    'This score file was exported by an early ScoreDesk and cannot prove it came from the judge; refused. Have the judge open a new judge file in the current ScoreDesk and export again.',
  'scoreFile.newerVersion':
    'This score file was made by a newer ScoreDesk that this one cannot read; please update ScoreDesk.',
  'scoreFile.invalid': 'The score file’s content is invalid; refused: {detail}',
  'scoreFile.badSignature':
    'The score file’s signature does not match: it was changed after it was exported, or damaged.',
  'sheet.noOwnKey':
    'This scoring sheet has no judge key yet: open the judge file from the organizers again (every mark is kept).',
  'sheet.keyElsewhere':
    'This sheet’s judge key is kept in this computer’s system keychain by the ScoreDesk desktop app: export the score file from the desktop app.',
  'sheet.notJudgeStore':
    'The open file is the organizer’s competition, not a judge’s scoring sheet.',
  'sheet.unknownEntry':
    'Entry {id} is not on this scoring sheet: the judge may be recused, or it belongs to another panel.',
  'sheet.entryRemoved':
    'Entry {no} is no longer in the newest judge file (the organizers removed it from the roster) and cannot be scored; the marks already entered stay on this computer.',
  'sheet.recused': 'You are recused from entry {no} and cannot score it.',
  'sheet.notJudged': '“{criterion}” is not a criterion the judges score.',
  'sheet.outOfRange':
    '{value} is not a valid score for “{criterion}”: it must be between 0 and {max}, in steps of {step}.',
  'merge.notOrganizerStore':
    'This is a judge’s own scoring file; score files are merged into the organizer’s competition file.',
  'merge.otherCompetition':
    'This score file belongs to another competition, not this one; refused.',
  'merge.unknownJudge':
    'This competition has no judge “{name}” (id {id}) as named in the file; refused.',
  'merge.badSignature':
    'The score file’s signature does not match (claims judge “{judge}”): it was changed, damaged, or not exported by that judge; refused.',
  'merge.retiredJudgeFile':
    'Judge “{judge}”’s score file comes from a judge file issued before the judge’s key was replaced (a lost or forwarded one); refused.',
  'merge.retiredKey':
    'Judge “{judge}”’s score file is signed with a retired key (fingerprint {fingerprint}); refused.',
  'merge.otherKey':
    'Judge “{judge}”’s score file is signed with another key (fingerprint {fingerprint}) than the one accepted; refused. If the judge changed computers, retire the old key and issue a new judge file first.',
  'merge.keyNotAccepted':
    'Judge “{judge}”’s key has not been accepted yet (fingerprint {fingerprint}). Compare it letter by letter with the fingerprint on the judge’s screen; if they match, accept it under “Judge keys” and merge again.',
  'merge.revisionJump':
    'In judge “{judge}”’s score file, “{criterion}” of entry {no} claims far more changes than anything this judge has sent; it was not typed that way, so the file is refused.',
  'merge.futureTime':
    'In judge “{judge}”’s score file, “{criterion}” of entry {no} is dated more than a day in the future; refused. Check the date and time on the judge’s computer.',
  'merge.otherRubric':
    'Judge “{judge}”’s score file was made with a rubric or panel that differs from this competition’s now; refused. Issue the judge file again and have the judge export again.',
  'merge.unknownEntry':
    'Entry {no} in the score file is no longer on this competition’s roster (it may have been removed); refused. Re-issue this judge’s judge file; the judge opens it and exports the score file again.',
  'merge.entryRenumbered':
    'Entry {no} ({name}) in the score file is now numbered {current}; refused, so that no mark goes to someone else. Re-issue this judge’s judge file; the judge opens it and exports the score file again.',
  'merge.entryMoved':
    'Entry {no} ({name}) in the score file has moved to another track; refused. Re-issue this judge’s judge file.',
  'merge.notOnPanel': 'Judge “{judge}” is not on the panel of entry {no}’s track; refused.',
  'merge.unknownCriterion':
    'Criterion “{criterion}” of entry {no} is not a judged criterion of its track; refused.',
  'merge.duplicateCell': 'The score file names “{criterion}” of entry {no} twice; refused.',
  'merge.recused': 'Judge “{judge}” is recused from entry {no} but the file scores it; refused.',
  'merge.outOfRange':
    'The score {value} for “{criterion}” of entry {no} is invalid (0 to {max}, in steps of {step}); refused.',
  'judgeKeys.alreadyAccepted':
    'Judge “{judge}” already has an accepted key. If the judge changed computers or a file leaked, retire that key and issue a new judge file first.',
  'judgeKeys.notPending': 'Judge “{judge}” has no key waiting with fingerprint {fingerprint}.',
  'judgeKeys.reasonNeeded':
    'Retiring a judge’s key needs a reason (for example: laptop lost, judge file leaked).',
  'merge.conflictNotFound': 'Score conflict {id} not found.',
  'completeness.scored': 'Scored',
  'completeness.partial': 'Partly scored',
  'completeness.missing': 'Missing',
  'completeness.recused': 'Recused',
  'completeness.conflict': 'Conflict to decide',
  'cli.verifyJudgeFile':
    'Judge file intact: {competition}; judge {judge}; panel {tracks}; {count} entries; competition key fingerprint {fingerprint}.',
  'cli.verifyScoreFile':
    'Score file intact: {competition}; judge {judge}; tracks {tracks}; {count} scores; submitted {submissions} times; judge key fingerprint {fingerprint} (accepted).',
  'cli.verifyNeedsStore':
    'The score file is unchanged and signed by key {fingerprint} (judge {judge}, {count} scores); whether that is the key the organizers accepted for this judge needs the competition file: name it with --store.',
  'cli.keysNeedJudge':
    'Name the judge with --judge <judge id>, and to accept, the key with --fingerprint <fingerprint>.',
  'cli.keyAccepted': 'Judge key {fingerprint} accepted.',
  'cli.keyRetired': 'The judge’s keys are retired; issue this judge a new judge file.',
  'cli.keysNone': 'No judge key has arrived yet (a judge’s first score file brings it).',
  'cli.keyLine': '  {judge}  {fingerprint}  {state}  first seen {at}',
  'judgeKeys.title': 'Judge keys',
  'judgeKeys.waiting':
    '{count} judge keys are waiting: have the judge read out the “this device’s judge key fingerprint” shown above their sheet, compare it letter by letter with the table, accept it if it matches, then merge that judge’s score file again.',
  'judgeKeys.fingerprint': 'Fingerprint',
  'judgeKeys.state': 'State',
  'judgeKeys.when': 'When',
  'judgeKeys.compare': 'Compare and accept…',
  'judgeKeys.acceptTitle': 'Accept the key of judge “{judge}”',
  'judgeKeys.acceptBody':
    'Is the fingerprint on the judge’s screen exactly the same as this one? Accept only if every character matches:',
  'judgeKeys.accept': 'They match: accept',
  'judgeKeys.retire': 'Retire…',
  'judgeKeys.retireReason': 'Why it is retired',
  'judgeKeys.retireConfirm': 'Retire this judge’s keys',
  'judgeKeys.state.pending': 'Waiting',
  'judgeKeys.state.accepted': 'Accepted',
  'judgeKeys.state.retired': 'Retired',
  'cli.verifyRefused': 'The file did not pass: {reason}',
  'cli.mergeApplied':
    '{file}: merged (judge {judge}) — {applied} updated, {unchanged} unchanged, {older} older, {conflicts} conflicts',
  'cli.mergeUnchanged':
    '{file}: nothing new (judge {judge}) — {unchanged} unchanged, {older} older, {conflicts} conflicts',
  'cli.mergeRefused': '{file}: refused — {reason}',
  'cli.mergeNoFiles': 'No score files found: {path}',
  'cli.mergeOpenConflicts':
    '{count} score {count:conflict waits|conflicts wait} for a decision; settle them in ScoreDesk.',
  'judgeFileStatus.title': 'Judge files',
  'judgeFileStatus.allCurrent': 'All {count} judges hold an up-to-date judge file.',
  'judgeFileStatus.summary':
    'Of {count} judges: {stale} judge files are out of date (each row says what changed); {never} judges have none yet.',
  'judgeFileStatus.judge': 'Judge',
  'judgeFileStatus.tracks': 'Panels',
  'judgeFileStatus.state': 'Judge file',
  'judgeFileStatus.issued': 'Last issued',
  'judgeFileStatus.never': 'Not issued',
  'judgeFileStatus.current': 'Up to date',
  'judgeFileStatus.stale': 'Issue again',
  'judgeFileStatus.changed.competition': '(competition renamed or details changed)',
  'judgeFileStatus.changed.rubric': '(rubric changed)',
  'judgeFileStatus.changed.entries': '(roster or recusals changed)',
  'judgeFileStatus.changed.seats': '(seats changed)',
  'judgeFileStatus.issuedAt': '{at} (issue {times})',
  'judgeFileStatus.issue': 'Export judge file',
  'judgeFileStatus.reissue': 'Export again',
  'judgeFileStatus.howTo':
    'Give the judge the new judge file and open it on their computer: every mark entered is kept, late entries are added at the end, and removed entries show as “Removed”.',
  'merge.otherCompetitionKnown':
    'This is a score file of the competition “{competition}” (judge “{judge}”), not of this one; refused. Merge it in that competition.',
  'merge.otherCompetitionNamed':
    'By its name this is a score file of the competition “{competition}” (judge “{judge}”), not of this one; refused. Merge it in that competition.',
  'merge.otherCompetitionUnknown':
    'This score file (judge “{judge}”) belongs to another competition that is not on this computer; refused. Check that the right competition is open.',
  'merge.judgeFileGiven':
    'This is a judge file (what the organizers hand a judge to score with), not a score file a judge hands back; not merged. Have the judge use “Export score file” and hand that in.',
  'merge.resultsFileGiven':
    'This is a published results file, not a judge’s score file; not merged.',
  'merge.notScoreFile': 'This is not a score file exported by a judge; not merged.',
  'merge.decisionNeedsWhoAndWhy': 'Deciding a conflict needs who decided and why.',
};

export const judging = { 'zh-CN': zh, en };
