// The judges' page on the hall network (/judge): pairing a tablet or phone, the sheet, and what
// the page says about marks on their way to the head table.
const zh = {
  'judgePage.title': '评委评分',
  'judgePage.pairTitle': '连接记分台',
  'judgePage.pairExplain':
    '请输入记分台给您的 8 位配对码（例如 K7QM-3WXP）。每个配对码只能用一次；配对后这台设备只显示您自己的评分表。',
  'judgePage.codeLabel': '配对码',
  'judgePage.deviceNameLabel': '这台设备的名称（记分台会看到）',
  'judgePage.deviceNameDefault': '评委设备',
  'judgePage.pair': '配对',
  'judgePage.pairing': '正在配对…',
  'judgePage.codeFromLink': '已从二维码读取配对码，请点“配对”。',
  'judgePage.certificate': '记分台证书指纹（浏览器提示证书时请核对）：',
  'judgePage.codeMalformed':
    '配对码应为 8 位字母和数字（例如 K7QM-3WXP），不含 0、O、1、I、L。请核对后再输入。',
  'judgePage.cannotReach':
    '连不上记分台。请确认这台设备连着现场的 Wi-Fi（不是移动数据），再试一次。',
  'judgePage.seat': '{seat}号评委',
  'judgePage.progress': '已评 {done} / {total} 项',
  'judgePage.allSent': '全部评分已送达记分台',
  'judgePage.allSendableSent': '可以发送的评分已全部送达记分台',
  'judgePage.unsentCount': '{count} 项评分未发送',
  'judgePage.withheld': '{count} 项评分只留在这台设备上，不会发送：你已回避或不再评选手 {entries}',
  'judgePage.sending': '正在发送…',
  'judgePage.offline': '没有网络：评分先保存在这台设备上，连上后自动发送。',
  'judgePage.unreachable': '暂时连不上记分台：评分先保存在这台设备上，{seconds} 秒后重试。',
  'judgePage.unsent': '未发送',
  'judgePage.sent': '已发送',
  'judgePage.recused': '回避',
  'judgePage.recusedWhy': '回避原因：{reason}',
  'judgePage.absent': '缺席',
  'judgePage.max': '满分 {max}',
  'judgePage.step': '最小单位 {step}',
  'judgePage.total': '合计',
  'judgePage.markLabel': '选手 {entry} 的{criterion}',
  'judgePage.submit': '提交',
  'judgePage.resubmit': '再次提交',
  'judgePage.submittedAt': '已于 {at} 提交',
  'judgePage.notSubmitted': '尚未提交',
  'judgePage.blanksTitle': '还有 {cells} 项未评（{rows} 位选手）',
  'judgePage.blanksExplain': '空白不是零分：提交后这些项目在记分台仍为“未评”。点选手可回去补评。',
  'judgePage.submitAnyway': '仍然提交',
  'judgePage.confirmTitle': '提交全部评分？',
  'judgePage.confirmExplain': '提交后仍可修改，修改会自动发送给记分台。',
  'judgePage.cancel': '返回',
  'judgePage.blankCriteria': '未评：{criteria}',
  'judgePage.criteriaGuide': '评分标准（{count} 项）',
  'judgePage.refused': '记分台拒收了这批评分：{reason}',
  'judgePage.revokedTitle': '这台设备已停用',
  'judgePage.revokedExplain': '记分台停用了这台设备，这台设备不能再发送评分。',
  'judgePage.replacedTitle': '评分已转到另一台设备',
  'judgePage.replacedExplain':
    '记分台为您换了一台评分设备，您的评分已由新设备接管，这台设备不能再发送评分。请在新设备上继续评分。',
  'judgePage.revokedKept':
    '这台设备上还有 {count} 项评分没有送达记分台，它们仍保存在这里，没有丢失。请告诉记分员：可按下面的清单在新设备上重新录入，或用 U 盘途径（评委文件）交评分。',
  'judgePage.keptListTitle': '未送达的评分',
  'judgePage.revokedNothingLeft':
    '这台设备上的评分都已送达记分台。如需继续评分，请向记分员索取新的配对码。',
  'judgePage.replacedNothingLeft': '这台设备上的评分都已送达记分台。',
  'judgePage.notPairedAgain':
    '这台设备的配对已失效。请向记分员索取新的配对码；未发送的评分仍保存在这台设备上。',
  'judgePage.wrongSheet': '收到的评分表没有本场赛事的签名，已拒绝使用。请告诉记分员。',
  'judgePage.noSheet': '还没有拿到评分表，请确认已连上现场 Wi-Fi。',
  'judgePage.storageUnavailable':
    '这个浏览器不能在设备上保存评分（可能开着“无痕/隐私模式”）。请用普通模式打开这个页面。',
  'judgePage.notKept':
    '这项评分没能保存在这台设备上（设备存储已满或不可用），没有送出。请告诉记分员，并先把评分写在纸上。',
  'judgePage.pairAgain': '输入新的配对码',
  'judgePage.httpNote': '未加密连接：屏幕常亮不可用，请在设备设置中关闭自动锁屏。',
};

const en: Record<keyof typeof zh, string> = {
  'judgePage.title': 'Judge’s sheet',
  'judgePage.pairTitle': 'Connect to the head table',
  'judgePage.pairExplain':
    'Type the 8-character pairing code the head table gave you (for example K7QM-3WXP). Each code works once; once paired, this device shows only your own sheet.',
  'judgePage.codeLabel': 'Pairing code',
  'judgePage.deviceNameLabel': 'Name of this device (the head table sees it)',
  'judgePage.deviceNameDefault': 'Judge’s device',
  'judgePage.pair': 'Pair',
  'judgePage.pairing': 'Pairing…',
  'judgePage.codeFromLink': 'The pairing code was read from the QR code: tap “Pair”.',
  'judgePage.certificate':
    'Head table’s certificate fingerprint (compare it when the browser asks):',
  'judgePage.codeMalformed':
    'A pairing code is 8 letters and digits (for example K7QM-3WXP), never 0, O, 1, I or L. Check it and type it again.',
  'judgePage.cannotReach':
    'Cannot reach the head table. Check that this device is on the venue’s Wi-Fi (not mobile data), then try again.',
  'judgePage.seat': 'Judge {seat}',
  'judgePage.progress': '{done} of {total} scored',
  'judgePage.allSent': 'Every mark has reached the head table',
  'judgePage.allSendableSent': 'Every mark that can be sent has reached the head table',
  'judgePage.unsentCount': '{count} {count:mark|marks} not sent yet',
  'judgePage.withheld':
    '{count} {count:mark stays|marks stay} on this device only and will not be sent: you are recused from, or no longer judge, {entryCount:entry|entries} {entries}',
  'judgePage.sending': 'Sending…',
  'judgePage.offline': 'No network: marks are kept on this device and sent as soon as it is back.',
  'judgePage.unreachable':
    'The head table cannot be reached just now: marks are kept on this device; trying again in {seconds} s.',
  'judgePage.unsent': 'Not sent',
  'judgePage.sent': 'Sent',
  'judgePage.recused': 'Recused',
  'judgePage.recusedWhy': 'Reason: {reason}',
  'judgePage.absent': 'Absent',
  'judgePage.max': 'out of {max}',
  'judgePage.step': 'in steps of {step}',
  'judgePage.total': 'Total',
  'judgePage.markLabel': '{criterion} of contestant {entry}',
  'judgePage.submit': 'Submit',
  'judgePage.resubmit': 'Submit again',
  'judgePage.submittedAt': 'Submitted at {at}',
  'judgePage.notSubmitted': 'Not submitted yet',
  'judgePage.blanksTitle':
    '{cells} {cells:mark is|marks are} still blank ({rows} {rows:contestant|contestants})',
  'judgePage.blanksExplain':
    'A blank is not a zero: it stays unscored at the head table. Tap a contestant to go back and score.',
  'judgePage.submitAnyway': 'Submit anyway',
  'judgePage.confirmTitle': 'Submit all your marks?',
  'judgePage.confirmExplain':
    'You can still change marks afterwards; changes are sent to the head table by themselves.',
  'judgePage.cancel': 'Back',
  'judgePage.blankCriteria': 'blank: {criteria}',
  'judgePage.criteriaGuide': 'Scoring criteria ({count})',
  'judgePage.refused': 'The head table refused these marks: {reason}',
  'judgePage.revokedTitle': 'This device has been switched off',
  'judgePage.revokedExplain': 'The head table revoked this device: it can no longer send marks.',
  'judgePage.replacedTitle': 'Your scoring has moved to another device',
  'judgePage.replacedExplain':
    'The head table gave you another device for scoring, and it has taken over your marks: this one can no longer send marks. Please go on scoring on the new device.',
  'judgePage.replacedNothingLeft': 'Every mark on this device reached the head table.',
  'judgePage.revokedKept':
    '{count} {count:mark|marks} on this device did not reach the head table; {count:it is|they are} still kept here, not lost. Tell the scorekeeper: enter {count:it|them} again from the list below on the new device, or hand {count:it|them} in by the USB route (a judge file).',
  'judgePage.keptListTitle': 'Marks not delivered',
  'judgePage.revokedNothingLeft':
    'Every mark on this device reached the head table. To go on scoring, ask the scorekeeper for a new pairing code.',
  'judgePage.notPairedAgain':
    'This device’s pairing is no longer valid. Ask the scorekeeper for a new pairing code; marks not sent are still kept on this device.',
  'judgePage.wrongSheet':
    'The sheet received is not signed for this competition and was not used. Tell the scorekeeper.',
  'judgePage.noSheet': 'No sheet yet: check that this device is on the venue’s Wi-Fi.',
  'judgePage.storageUnavailable':
    'This browser cannot keep marks on the device (a private or incognito window?). Open this page in a normal window.',
  'judgePage.notKept':
    'This mark could not be kept on this device (its storage is full or unavailable) and was not sent. Tell the scorekeeper, and write the mark on paper for now.',
  'judgePage.pairAgain': 'Type a new pairing code',
  'judgePage.httpNote':
    'Unencrypted connection: the screen cannot be kept on; switch off auto-lock in the device’s settings.',
};

export const judgePage = { 'zh-CN': zh, en };
