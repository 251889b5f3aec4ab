// Signed publication: the signed results file, the verification code on the posted list (公示),
// and `scoredesk verify` of a results file.
const zh = {
  'resultsFile.tooLarge': '成绩文件过大（{size} 个字符，上限 {max}），已拒绝。',
  'resultsFile.notJson': '这不是评分台的成绩文件：内容不是 JSON，可能已损坏或不完整。',
  'resultsFile.wrongFormat': '这不是评分台的签名成绩文件（文件类型：{found}）。',
  'resultsFile.olderVersion':
    '该成绩文件由旧版评分台生成（格式版本 {found}），无法核验。请向组委会索取新版评分台导出的签名成绩文件。',
  'resultsFile.newerVersion':
    '该成绩文件由更新版本的评分台生成（格式版本 {found}，本程序支持到 {supported}），请升级评分台后再核验。',
  'resultsFile.invalid': '成绩文件内容有误，无法核验：{detail}',
  'resultsFile.badSignature':
    '成绩文件已被改动：签名与内容不符（例如有一行的名次、分数或奖项被改过）。这不是组委会发布的原件。',
  'resultsFile.otherKey':
    '成绩文件不是本赛事组委会签发的：签名密钥指纹为 {found}，而您核对的赛事指纹是 {expected}。',
  'resultsFile.codeMismatch':
    '校验码不符：您输入的 {typed} 不是这份成绩文件的校验码（应为 {code}）。公示名单与这份文件不是同一份。',
  'signedResults.notLocked': '该赛项成绩尚未锁定：锁定后才能导出签名成绩文件。',
  'signedResults.versionNotFound': '该赛项没有第 {version} 版锁定成绩。',
  'signedResults.export': '导出签名成绩文件',
  'signedResults.code': '校验码：{code}',
  'signedResults.fingerprint': '赛事密钥指纹：{fingerprint}',
  'signedResults.howToVerify':
    '核验方法：向组委会索取签名成绩文件，用评分台执行 scoredesk verify <成绩文件> --fingerprint <赛事密钥指纹> --code <校验码>，或扫描二维码。',
  'signedResults.qrAlt': '校验二维码：{code}',
  'signedResults.draftNote': '草稿：成绩未锁定，不是公示成绩，没有校验码。',
  'signedResults.staleNote':
    '草稿：第 {version} 版锁定后成绩有改动，此页不是公示成绩，没有校验码。公示前须发布新版本。',
  'signedResults.written':
    '已导出签名成绩文件：{path}\n  校验码：{code}\n  赛事密钥指纹：{fingerprint}',
  'signedResults.needTrack':
    '请用 --track <赛项代码> 指定赛项，用 --out <文件或文件夹> 指定输出位置。',
  'signedResults.verifyValid':
    '成绩文件完好，由指纹为 {fingerprint} 的赛事密钥签发：\n  {competition} · {track} · 第 {version} 版（{lockedBy} 锁定于 {lockedAt}），共 {rows} 行\n  校验码：{code}',
  'signedResults.verifyCodeOk': '校验码 {code} 与这份成绩文件一致。',
  'signedResults.verifyCompare':
    '注意：尚未与组委会公布的赛事密钥指纹比对。只有指纹 {fingerprint} 与组委会公布的一致，这份成绩才出自组委会；请核对后用 --fingerprint 再次核验。',
  'signedResults.verifyRefused': '无法确认这份公示成绩：{reason}',
  'signedResults.usage': `
签名公示成绩：
  results-file <赛事文件> --track <赛项代码> --out <文件或文件夹>
                          导出已锁定成绩的签名成绩文件（.scoredesk-results）及校验码
  verify <成绩文件> [--fingerprint <赛事密钥指纹>] [--code <校验码或二维码内容>]
                          核验成绩文件是否为组委会签发的原件、未被改动，以及与公示的校验码是否一致`,
};

const en: Record<keyof typeof zh, string> = {
  'resultsFile.tooLarge': 'The results file is too large ({size} characters, limit {max}).',
  'resultsFile.notJson':
    'This is not a ScoreDesk results file: it is not JSON, and may be damaged or incomplete.',
  'resultsFile.wrongFormat': 'This is not a signed ScoreDesk results file (file type: {found}).',
  'resultsFile.olderVersion':
    'This results file was made by an older ScoreDesk (format version {found}) and cannot be verified. Ask the organizers for a signed results file from the current ScoreDesk.',
  'resultsFile.newerVersion':
    'This results file was made by a newer ScoreDesk (format version {found}; this one reads up to {supported}). Update ScoreDesk to verify it.',
  'resultsFile.invalid': 'The results file’s content is not valid and cannot be verified: {detail}',
  'resultsFile.badSignature':
    'The results file was altered: its signature does not match its content (a rank, score or award in some row was changed). It is not the organizers’ original.',
  'resultsFile.otherKey':
    'The results file was not signed by this competition’s organizers: it was signed by the key with fingerprint {found}, and the fingerprint you are checking against is {expected}.',
  'resultsFile.codeMismatch':
    'The verification code does not match: {typed} is not this results file’s code (it is {code}). The posted list and this file are not the same.',
  'signedResults.notLocked':
    'This track’s results are not locked: a signed results file can be exported once they are.',
  'signedResults.versionNotFound': 'This track has no locked version {version}.',
  'signedResults.export': 'Export signed results file',
  'signedResults.code': 'Verification code: {code}',
  'signedResults.fingerprint': 'Competition key fingerprint: {fingerprint}',
  'signedResults.howToVerify':
    'To verify: get the signed results file from the organizers and run scoredesk verify <results file> --fingerprint <competition key fingerprint> --code <verification code>, or scan the QR code.',
  'signedResults.qrAlt': 'Verification QR code: {code}',
  'signedResults.draftNote':
    'Draft: the results are not locked. This is not the posted list and has no verification code.',
  'signedResults.staleNote':
    'Draft: the results changed after version {version} was locked. This is not the posted list and has no verification code; publish a new version before posting.',
  'signedResults.written':
    'Signed results file written: {path}\n  Verification code: {code}\n  Competition key fingerprint: {fingerprint}',
  'signedResults.needTrack':
    'Name the track with --track <track code> and where to write with --out <file or folder>.',
  'signedResults.verifyValid':
    'The results file is intact, signed by the competition key with fingerprint {fingerprint}:\n  {competition} · {track} · version {version} (locked by {lockedBy} at {lockedAt}), {rows} rows\n  Verification code: {code}',
  'signedResults.verifyCodeOk': 'The verification code {code} matches this results file.',
  'signedResults.verifyCompare':
    'Note: not yet compared with the fingerprint the organizers published. These results are the organizers’ only if {fingerprint} is the fingerprint they published; compare it, then verify again with --fingerprint.',
  'signedResults.verifyRefused': 'This posted list cannot be confirmed: {reason}',
  'signedResults.usage': `
Signed results:
  results-file <store> --track <track code> --out <file or folder>
                          export a locked version as a signed results file (.scoredesk-results) with its verification code
  verify <results file> [--fingerprint <competition key fingerprint>] [--code <code or QR text>]
                          check that a results file is the organizers’ original, unaltered, and matches the posted code`,
};

export const signedResults = { 'zh-CN': zh, en };
