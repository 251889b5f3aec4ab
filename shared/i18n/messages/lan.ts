// Live scoring on the hall network (现场联网评分): the command line's lines, the refusals a judge's
// device and the head table are given.
const zh = {
  'lan.everyInterfaceNotAsked':
    '0.0.0.0（或 ::）表示本机的所有网络接口，包括可能连着的其他网络（手机热点、投影机网线）。如确实要在所有接口上开放，请明确加上 --every-interface（界面中勾选“所有网络接口”）。',
  'lan.addressNotHere': '{address} 不是本机的网络地址。本机的地址有：{list}',
  'lan.noNetwork':
    '本机没有连上任何网络（只有本机自己的回环地址）。请先连上现场路由器的 Wi-Fi 或网线，再开放联网评分。',
  'lan.chooseAddress': '本机有多个网络地址，请选择评委设备所在网络的那一个（--address）：{list}',
  'lan.notThisDevicesFile': '这台设备只能提交 {judge} 的评分，并且必须用它配对时登记的密钥签名。',
  'lan.notHallCall': '现场网络上不提供这项操作（{name}）：它只能在记分台电脑上进行。',
  'lan.alreadyPaired': '这台设备已经配对，不需要再次配对。',
  'lan.notPaired': '这台设备还没有与记分台配对，或配对已失效。请向记分台索取配对码。',
  'lan.deviceRevoked': '记分台已停用这台设备，它不能再提交评分。请联系记分台。',
  'lan.deviceReplaced': '您的评分已由另一台设备接管，这台设备不能再提交评分。',
  'lan.portInUse':
    '端口 {port} 已被本机的另一个程序占用，现场网络没有打开。请换一个端口（例如 8444），或先关闭占用它的程序。',
  'lan.portNotAllowed':
    '本机不允许用端口 {port} 打开现场网络（1024 以下的端口需要管理员权限），现场网络没有打开。请换一个 1024 以上的端口。',
  'lan.pairingRateLimited': '配对尝试太频繁，请 {seconds} 秒后再试。',
  'lan.noCompetition': '记分台现在没有开放联网评分的赛事，请稍后再试。',
  'lan.cli.needsStore': '现场联网评分要开放一个组委会的赛事文件：请加上 --store <赛事文件>。',
  'lan.notOpen': '现场联网评分还没有开放：请先选择地址并开放。',
  'lan.notOrganizerStore':
    '只有组委会的赛事文件可以开放现场联网评分；现在打开的是一位评委的评分表。',
  'lan.codeUnknown':
    '配对码不对。请核对记分台给您的 8 位配对码（配对码里没有 0、O、1、I、L 这几个容易看错的字符）。',
  'lan.codeUsed': '这个配对码已经用过了（每个配对码只能用一次）。请向记分台索取新的配对码。',
  'lan.codeExpired': '这个配对码已过期。请向记分台索取新的配对码。',
  'lan.judgeHasWriter':
    '{judge} 已有一台设备在评分（{device}）。同一位评委同一时间只能用一台设备评分：如要换设备，请记分台签发“接管”配对码并写明原因。',
  'lan.deviceNotFound': '找不到这台设备。',
  'lan.cli.addresses': '本机的网络地址：',
  'lan.cli.address': '  {address}（网络接口 {interface}）',
  'lan.cli.addressLoopback': '  {address}（网络接口 {interface}，只有本机能访问）',
  'lan.cli.open': '现场联网评分已开放。评委设备请打开：{origin}',
  'lan.cli.https':
    '使用 HTTPS。本场证书指纹（SHA-256）：\n  {fingerprint}\n评委设备第一次打开时，浏览器会提示证书不受信任：请核对浏览器显示的指纹与这里一致，再选择继续。',
  'lan.cli.http':
    '注意：使用的是普通 HTTP，未加密。同一 Wi-Fi 上的人能看到传输的评分和配对码；浏览器不允许这样的页面离线缓存（Service Worker）、保持屏幕常亮，也不提供 WebCrypto。评分仍由评委设备签名，被改动的评分会被拒收。',
  'lan.cli.everyInterface':
    '注意：已按要求在本机的所有网络接口上开放（{address}），本机连着的每个网络都能访问评委页面。',
  'lan.cli.loopback': '注意：{address} 是本机回环地址，只有这台电脑自己能访问，评委设备连不上。',
  'lan.cli.codesTitle': '配对码（{minutes} 分钟内有效，每个只能用一次）：',
  'lan.cli.code': '  {judge}：配对码 {code}    {link}',
  'lan.cli.noCodes': '评委组中没有需要配对的评委（都已有设备在评分）。',
  'lan.cli.stopHint': '按 Ctrl+C 停止。',
  'lan.usage': `
现场联网评分：
  serve --lan --store <赛事文件> [--address <本机地址>] [--port N] [--http] [--codes]
                          在选定的一个本机地址上向评委设备开放评分（默认 HTTPS，端口 8443；--http 为未加密的 HTTP，端口 8080）；
                          不给 --address 时列出本机地址，只有一个时使用它；0.0.0.0 需另加 --every-interface；
                          --codes 为尚未配对的评委打印配对码（--code-minutes 分钟内有效，默认 30）`,
};

const en: Record<keyof typeof zh, string> = {
  'lan.everyInterfaceNotAsked':
    '0.0.0.0 (or ::) means every network interface of this computer, other networks it is connected to included (a phone’s hotspot, the projector’s cable). To open on every interface anyway, add --every-interface explicitly (in the app: tick “Every network interface”).',
  'lan.addressNotHere': '{address} is not an address of this computer. Its addresses are: {list}',
  'lan.noNetwork':
    'This computer is not connected to any network (it has only its own loopback address). Connect it to the venue router’s Wi-Fi or cable first, then open live scoring.',
  'lan.chooseAddress':
    'This computer has several network addresses: choose the one of the network the judges’ devices are on (--address): {list}',
  'lan.notThisDevicesFile':
    'This device may send only {judge}’s marks, signed with the key it registered when it was paired.',
  'lan.notHallCall':
    'This is not offered on the hall network ({name}): it can be done only at the head table’s computer.',
  'lan.alreadyPaired': 'This device is paired already; it need not pair again.',
  'lan.notPaired':
    'This device is not paired with the head table, or its pairing is no longer valid. Ask the head table for a pairing code.',
  'lan.deviceRevoked':
    'The head table has revoked this device: it can no longer send marks. Please talk to the head table.',
  'lan.deviceReplaced':
    'Your scoring has moved to another device: this one can no longer send marks.',
  'lan.portInUse':
    'Port {port} is in use by another program on this computer, so the hall network is not open. Choose another port (8444, say), or close that program first.',
  'lan.portNotAllowed':
    'This computer does not allow the hall network on port {port} (ports below 1024 need an administrator), so it is not open. Choose a port above 1024.',
  'lan.pairingRateLimited': 'Too many pairing attempts: try again in {seconds} s.',
  'lan.noCompetition':
    'The head table has no competition open for live scoring just now: try again in a moment.',
  'lan.notOpen': 'Live scoring is not open yet: choose an address and open it first.',
  'lan.cli.needsStore': 'Live scoring opens one organizers’ competition file: add --store <store>.',
  'lan.notOrganizerStore':
    'Only the organizers’ competition file can open live scoring; the file open now is a judge’s scoring sheet.',
  'lan.codeUnknown':
    'That pairing code is not right. Check the 8-character code the head table gave you (codes never contain 0, O, 1, I or L, which are easy to misread).',
  'lan.codeUsed':
    'That pairing code has been used already (each code works once). Ask the head table for a new one.',
  'lan.codeExpired': 'That pairing code has expired. Ask the head table for a new one.',
  'lan.judgeHasWriter':
    '{judge} is already scoring on a device ({device}). A judge scores on one device at a time: to change devices, the head table issues a takeover pairing code and gives the reason.',
  'lan.deviceNotFound': 'No such device.',
  'lan.cli.addresses': 'This computer’s network addresses:',
  'lan.cli.address': '  {address} ({interface})',
  'lan.cli.addressLoopback': '  {address} ({interface}, this computer only)',
  'lan.cli.open': 'Live scoring is open. Judges’ devices open: {origin}',
  'lan.cli.https':
    'Over HTTPS. This competition’s certificate fingerprint (SHA-256):\n  {fingerprint}\nThe first time a judge’s device opens the page, the browser warns that the certificate is not trusted: check that the fingerprint it shows is this one, then continue.',
  'lan.cli.http':
    'Note: over plain HTTP, unencrypted. Anyone on the same Wi-Fi can see the marks and pairing codes sent; browsers give such a page no offline cache (service worker), no screen wake lock and no WebCrypto. Marks are still signed by the judges’ devices, and changed ones are refused.',
  'lan.cli.everyInterface':
    'Note: open on every network interface of this computer, as asked ({address}): every network it is connected to can reach the judges’ page.',
  'lan.cli.loopback':
    'Note: {address} is this computer’s loopback address: only this computer can reach it, not the judges’ devices.',
  'lan.cli.codesTitle': 'Pairing codes (valid for {minutes} minutes, each works once):',
  'lan.cli.code': '  {judge}: {code}    {link}',
  'lan.cli.noCodes': 'No judge on a panel needs pairing (each is scoring on a device already).',
  'lan.cli.stopHint': 'Press Ctrl+C to stop.',
  'lan.usage': `
Live scoring on the hall network:
  serve --lan --store <store> [--address <address>] [--port N] [--http] [--codes]
                          open scoring to the judges' devices on one chosen address of this computer (HTTPS on port 8443 by default; --http: unencrypted HTTP on 8080);
                          without --address the addresses are listed, and the only one used; 0.0.0.0 needs --every-interface as well;
                          --codes prints a pairing code for each judge not paired yet (valid --code-minutes minutes, 30 by default)`,
};

export const lan = { 'zh-CN': zh, en };
