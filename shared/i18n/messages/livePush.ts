// A judge's ScoreDesk app pushing the judge's score file live to the head table over the hall
// network: what the judge's sheet says about it, and what the head table records.
const zh = {
  'livePush.sending': '正在实时送往记分台…',
  'livePush.delivered': '已实时送达记分台 {time}',
  'livePush.unreachable': '记分台暂时连不上，评分已保存在本机，可照常导出评分文件',
  'livePush.lastDelivered': '（上次送达 {time}）',
  'livePush.wrongCertificate':
    '连上的不是签发本评委文件的记分台（证书指纹不符），没有发送任何评分。评分已保存在本机，请导出评分文件交给记分员。',
  'livePush.waiting':
    '记分台还没有接受您的密钥：请记分员核对并接受密钥指纹 {fingerprint}，实时送达的评分随后计入。评分已保存在本机。',
  'livePush.refused':
    '记分台没有接受实时送达的评分。评分已保存在本机，请导出评分文件交给记分员，记分台会说明原因。',
  'livePush.rateLimited': '实时送达太频繁，请 {seconds} 秒后再试。',
  'livePush.recordName': '{judge}的评分（评委电脑实时送达）',
  'livePush.label': '实时送达记分台',
};

const en: Record<keyof typeof zh, string> = {
  'livePush.sending': 'Sending to the head table…',
  'livePush.delivered': 'Delivered live to the head table at {time}',
  'livePush.unreachable':
    'The head table cannot be reached just now. Your marks are saved on this computer; you can export the score file as usual.',
  'livePush.lastDelivered': '(last delivered at {time})',
  'livePush.wrongCertificate':
    'This is not the head table that issued your judge file (its certificate fingerprint differs): nothing was sent. Your marks are saved on this computer; export the score file and hand it to the scorekeeper.',
  'livePush.waiting':
    'The head table has not accepted your key yet: ask the scorekeeper to check and accept key fingerprint {fingerprint}; your marks sent live count from then on. They are saved on this computer.',
  'livePush.refused':
    'The head table did not accept the marks sent live. They are saved on this computer: export the score file and hand it to the scorekeeper, whose screen will say why.',
  'livePush.rateLimited': 'Too many live deliveries; try again in {seconds} seconds.',
  'livePush.recordName': 'Marks of {judge} (sent live from the judge’s laptop)',
  'livePush.label': 'Live delivery to the head table',
};

export const livePush = { 'zh-CN': zh, en };
