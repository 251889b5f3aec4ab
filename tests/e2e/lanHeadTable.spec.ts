import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { connect } from 'node:tls';
import type { Page } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { runDraw } from '../../electron/services/drawService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { HallDevice } from '../helpers/hallDevice';
import { expect, screenshot, test } from './host';
import { team } from './seedTeam';

// The head table's side of live scoring in the hall (现场联网评分), through the screen: the hall
// opened on a loopback address, a judge's device (simulated in this process with the same
// signing code as the judges' page) pairs with the code shown and pushes marks, and the devices
// list and the completeness matrix show them without a reload; the device stopped from the
// screen is refused; the pairing sheet prints one card with a QR code per judge.

/** Seven: the sheet runs onto a second page, six cards to the first. */
const JUDGES = ['评委甲', '评委乙', '评委丙', '评委丁', '评委戊', '评委己', '评委庚'];

function seed(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '联网测试.scoredesk'),
    { name: '联网测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    for (const no of ['D01', 'D02', 'D03']) saveEntry(db, team(no));
    for (const name of JUDGES) {
      saveJudge(db, { name, organization: `${name}馆`, region: '', tracks: ['drama'] });
    }
    runDraw(db, 'drama', 5);
  } finally {
    db.close();
  }
}

/** A port nobody listens on now, on the loopback address the hall opens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** What a judge's browser shows before it trusts the hall: the certificate and its SHA-256. */
function presentedCertificate(port: number): Promise<{ pem: string; sha256: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const raw = socket.getPeerCertificate().raw;
      socket.end();
      resolve({
        pem: new X509Certificate(raw).toString(),
        sha256: createHash('sha256').update(raw).digest('hex'),
      });
    });
    socket.once('error', reject);
  });
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}-zh`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Live scoring in the hall' })).toBeVisible();
    await screenshot(page, `${name}-${width}-en`);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { name: '现场联网评分', level: 1 })).toBeVisible();
  }
}

test('the head table opens the hall, pairs a device by its code, sees its marks live and stops it', async ({
  page,
  host,
  folders,
}) => {
  seed(folders.dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /联网测试/ })
    .first()
    .click();
  await page.getByRole('link', { name: '现场联网评分' }).click();
  await expect(page.getByRole('heading', { name: '现场联网评分', level: 1 })).toBeVisible();
  // Any reload from here on would lose this mark.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // Opening: one address of the machine's list, chosen; HTTPS by default; plain HTTP says
  // what it costs before anyone chooses it.
  const form = page.locator('section.hall-open');
  await form.getByRole('radio', { name: '普通 HTTP' }).check();
  await expect(form).toContainText('同一 Wi-Fi 上的人能看到传输的评分');
  await shoot(page, 'lan-head-table-open');
  await page.setViewportSize({ width: 1366, height: 768 });
  await form.getByRole('radio', { name: /HTTPS/ }).check();
  await expect(form).not.toContainText('同一 Wi-Fi 上的人能看到传输的评分');
  await form.getByLabel(/评委设备所在网络的地址/).selectOption('127.0.0.1');
  await expect(form).toContainText('只有这台电脑自己能访问');
  const port = await freePort();
  await form.getByLabel(/端口/).fill(String(port));
  await form.getByRole('button', { name: '开放现场网络' }).click();

  const status = page.locator('section.hall-status');
  const origin = `https://127.0.0.1:${port}`;
  await expect(status.locator('[data-origin]')).toHaveText(origin);
  // The fingerprint shown is the one of the certificate the hall presents.
  const certificate = await presentedCertificate(port);
  await expect(status.locator('[data-fingerprint]')).toHaveAttribute(
    'data-fingerprint',
    certificate.sha256,
  );
  await expect(status.locator('.fingerprint-groups span')).toHaveCount(32);

  // A code and a QR code for every judge of the panel.
  const pairing = page.locator('section.hall-pairing');
  await pairing.getByRole('button', { name: '为尚未配对的评委签发配对码' }).click();
  const row = (name: string) => pairing.locator(`tr[data-judge="${name}"]`);
  for (const name of JUDGES) {
    await expect(row(name).locator('[data-code]')).toHaveText(
      /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/,
    );
    await expect(row(name).getByRole('img', { name: `${name} 的配对二维码` })).toBeVisible();
  }
  const code = (await row(JUDGES[0]!).locator('[data-code]').textContent())!;
  await shoot(page, 'lan-head-table-codes');

  // The judge's device pairs with the code on the screen and pushes two marks.
  const device = new HallDevice(origin, 'iPad 一号', certificate.pem);
  const spare = new HallDevice(origin, '备用平板', certificate.pem);
  try {
    const paired = await device.pair(code);
    expect(paired.status).toBe(200);
    const devices = page.locator('section.hall-devices');
    const listed = devices.locator('tr[data-device="iPad 一号"]');
    await expect(listed).toContainText(JUDGES[0]!);
    await expect(listed).toContainText('在用');
    // The code is spent: no longer on the screen.
    await expect(row(JUDGES[0]!).locator('[data-code]')).toHaveCount(0);
    await expect(row(JUDGES[0]!)).toContainText('已配对：iPad 一号');

    await device.loadSheet();
    const cells = device.cells();
    const first = cells.filter((c) => c.entryNo === cells[0]!.entryNo);
    for (const cell of first) device.setMark(cell, cell.step);
    expect((await device.push(undefined, 2)).status).toBe(200);
    await expect(listed.locator('[data-marks]')).toHaveText(String(first.length));
    await expect(listed.locator('[data-unsent]')).toHaveText('2');
    await shoot(page, 'lan-head-table-devices');

    // The completeness matrix fills as the marks arrive, no reload.
    await page.getByRole('link', { name: '合并评分文件' }).click();
    await page
      .locator('section.card')
      .filter({ has: page.locator('table.matrix') })
      .locator('select')
      .selectOption('drama');
    const matrix = page.locator('table.matrix');
    await expect(matrix.locator('tr[data-entry="D01"]')).toBeVisible();
    const judgeColumn = async () => {
      const heads = await matrix.locator('thead th').allTextContents();
      return heads.findIndex((h) => h.includes(JUDGES[0]!));
    };
    await expect(matrix).toBeVisible();
    const column = await judgeColumn();
    expect(column).toBeGreaterThan(1);
    const cellOf = (no: string) => matrix.locator(`tr[data-entry="${no}"] td`).nth(column);
    await expect(cellOf(first[0]!.entryNo)).toHaveAttribute('data-state', 'scored');
    const second = cells.filter((c) => c.entryNo !== first[0]!.entryNo);
    const next = second[0]!.entryNo;
    await expect(cellOf(next)).toHaveAttribute('data-state', 'missing');
    for (const cell of second.filter((c) => c.entryNo === next)) device.setMark(cell, cell.step);
    expect((await device.push(undefined, 0)).status).toBe(200);
    await expect(cellOf(next)).toHaveAttribute('data-state', 'scored');

    // A mark sent again at the same revision with another value is held for the head judge:
    // the conflict appears by itself.
    const held = device.marks.get(`${first[0]!.entryId}:${first[0]!.criterion}`)!;
    device.marks.set(`${held.entryId}:${held.criterion}`, { ...held, value: held.value! * 2 });
    const conflicting = await device.push(undefined, 0);
    expect(conflicting.body).toMatchObject({ ok: true, value: { conflicts: 1 } });
    await expect(page.locator('section.conflicts')).toContainText(held.entryNo);
    device.marks.set(`${held.entryId}:${held.criterion}`, held);

    // The results move as marks arrive, no reload.
    await page.evaluate(() => {
      window.location.hash = '#/tracks/drama/results';
    });
    const last = cells.filter((c) => c.entryNo !== first[0]!.entryNo && c.entryNo !== next);
    // Too few judges have scored for a rank: what moves is the checksum of the results' input.
    const input = page.locator('.page-header p', { hasText: '输入数据校验值' });
    await expect(input).toBeVisible();
    const shownBefore = await input.textContent();
    for (const cell of last) device.setMark(cell, cell.step);
    expect((await device.push(undefined, 0)).status).toBe(200);
    await expect(input).not.toHaveText(shownBefore!);
    await screenshot(page, 'lan-head-table-results-1366-zh');

    // The judge moves to a spare tablet: a takeover code, with a reason, and the old device
    // shows as taken over.
    await page.getByRole('link', { name: '现场联网评分' }).click();
    await row(JUDGES[0]!).getByRole('button', { name: '换设备（接管）' }).click();
    const takeover = page.getByRole('dialog', { name: /为 评委甲 签发接管配对码/ });
    await expect(takeover).toContainText('替代 iPad 一号');
    await takeover.getByLabel('原因（记入日志）').fill('平板没电');
    await takeover.getByRole('button', { name: '签发接管配对码' }).click();
    await expect(row(JUDGES[0]!)).toContainText('接管码');
    const takeoverCode = (await row(JUDGES[0]!).locator('[data-code]').textContent())!;
    expect((await spare.pair(takeoverCode)).status).toBe(200);
    await expect(listed).toContainText('已被接管：平板没电');
    const spareListed = devices.locator('tr[data-device="备用平板"]');
    await expect(spareListed).toContainText('在用');
    expect((await device.push()).status).toBe(401);

    // Stopped from the screen, with a reason: the device's next call is refused.
    await spareListed.getByRole('button', { name: '停用' }).click();
    const dialog = page.getByRole('dialog', { name: /停用 评委甲 的设备“备用平板”/ });
    await expect(dialog).toContainText('立即不能再提交评分');
    const confirm = dialog.getByRole('button', { name: '停用设备' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('原因（记入日志）').fill('平板遗失');
    await screenshot(page, 'lan-head-table-revoke-1920-zh');
    await confirm.click();
    await expect(spareListed).toContainText('已停用：平板遗失');
    // The takeover code is spent, and the judge has no device writing now.
    await expect(row(JUDGES[0]!).locator('[data-code]')).toHaveCount(0);
    await expect(row(JUDGES[0]!)).toContainText('未签发');
    await screenshot(page, 'lan-head-table-stopped-1920-zh');
    const refused = await spare.call('device.hello', {});
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ ok: false, errors: [{ code: 'lan.deviceRevoked' }] });
    await expect(spare.loadSheet()).rejects.toThrow('lan.deviceRevoked');
  } finally {
    device.close();
    spare.close();
  }

  // The pairing sheet for the whole panel: every judge has a code again, one card each.
  const before = await pairing.locator('[data-code]').allTextContents();
  await pairing.getByRole('button', { name: '为尚未配对的评委签发配对码' }).click();
  const codes: string[] = [];
  for (const name of JUDGES) {
    const shown = row(name).locator('[data-code]');
    // A new code for each: the earlier unused ones are void.
    await expect(shown).toHaveText(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    for (const old of before) await expect(shown).not.toHaveText(old);
    codes.push((await shown.textContent())!);
  }
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.pairing-card');
  await expect(cards).toHaveCount(JUDGES.length);
  for (const name of JUDGES) {
    const card = page.locator(`.pairing-card[data-judge="${name}"]`);
    await expect(card.locator('img[data-qr]')).toHaveCount(1);
    await expect(card).toContainText(`${origin}/judge`);
  }
  const pdfPath = join(folders.dataDir, '..', 'pairing-sheet.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const [i, name] of JUDGES.entries()) {
    expect(text).toContain(name);
    expect(text).toContain(codes[i]!);
  }
  expect(text).toContain('现场联网评分配对单');
  expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*2\s*页/);
  expect(text).toMatch(/第\s*2\s*页\s*\/\s*共\s*2\s*页/);
  // Six cards on the first page, the seventh on the second: none cut by the page break.
  const pages = text.split('\f');
  expect(JUDGES.slice(0, 6).every((name) => pages[0]!.includes(name))).toBe(true);
  expect(pages[1]).toContain(JUDGES[6]!);
  expect(pages[1]).toContain(codes[6]!);
  mkdirSync(join('test-results', 'screens'), { recursive: true });
  copyFileSync(pdfPath, join('test-results', 'screens', 'lan-pairing-sheet.pdf'));

  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});
