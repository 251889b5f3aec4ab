import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudges } from '../../electron/store/judgesTable';
import { upsertManualRecusal } from '../../electron/store/recusalsTable';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import type { LanDeviceView, PairingCodeView } from '../../shared/api/lan';
import {
  freePort,
  type HallProcess,
  killHard,
  startHallProcess,
  stopGently,
} from '../helpers/hallProcess';
import { readLiveFeed } from '../helpers/liveFeed';
import { screenshot } from './host';

// Live scoring in the hall, end to end in Chromium on loopback: the organizer opens the hall
// (`scoredesk serve --lan`), three judges pair by code on a phone, a tablet and a laptop-sized
// screen and score; the tablet loses its Wi-Fi and keeps scoring (未发送), comes back and every
// mark arrives; the head table hears each push on its live feed without a reload; a revoked
// device is refused and says so, keeping what it could not send.

const info = {
  name: '2026年全国科技馆辅导员大赛（现场决赛）',
  edition: '第九届',
  venue: '中国科学技术馆',
  startDate: '2026-10-20',
  endDate: '2026-10-22',
};

let dir: string;
let hall: HallProcess | null = null;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scoredesk-lan-e2e-'));
});
test.afterEach(async () => {
  if (hall) await stopGently(hall);
  hall = null;
  rmSync(dir, { recursive: true, force: true });
});

function seedStore() {
  const store = join(dir, 'final.scoredesk');
  const db = createCompetitionStore(store, info, 'counselor');
  fillDemo(db, { seed: 5, entriesPerTrack: 4, judgesPerTrack: 3, blankShare: 1 });
  const track = readJudges(db).find((j) => j.tracks.length > 0)!.tracks[0]!;
  const judges = readJudges(db).filter((j) => j.tracks.includes(track));
  const entries = readEntries(db, track);
  // The phone's judge coached contestant 002: greyed on the sheet as 回避, nothing to type.
  upsertManualRecusal(db, judges[0]!.id, entries[1]!.id, '曾指导该选手');
  db.close();
  return { store, judges, entries };
}

/** The head table's own calls, on its loopback host with its token (as its screens call). */
function organizer(hostUrl: string) {
  const url = new URL(hostUrl);
  return async <T>(name: string, payload: unknown): Promise<T> => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-scoredesk-token': url.searchParams.get('token')!,
      },
      body: JSON.stringify(payload),
    });
    const body = (await response.json()) as { ok: boolean; value: T; errors?: unknown };
    if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    return body.value;
  };
}

/** The head table's live feed, read as its screens read it. */
async function liveFeed(hostUrl: string) {
  const url = new URL(hostUrl);
  const feed = await readLiveFeed(url.origin, url.searchParams.get('token')!);
  expect(feed.status).toBe(200);
  return feed;
}

/** Types a mark as a judge does: tap the field, type, Enter (on to the next field). */
async function score(page: Page, entryNo: string, criterion: number, value: string) {
  const field = page.locator(`article[data-entry="${entryNo}"] input.mark-input`).nth(criterion);
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

async function pairByTyping(page: Page, origin: string, code: string, deviceName: string) {
  await page.goto(`${origin}/judge`);
  await page.getByLabel('配对码').fill(code.toLowerCase().replace('-', ' '));
  await page.getByLabel('这台设备的名称（记分台会看到）').fill(deviceName);
  await page.getByRole('button', { name: '配对' }).click();
}

const syncBar = (page: Page) => page.getByRole('status');

/** A hall with the seeded store, and judge 2's tablet paired by typing its code. */
async function pairedTablet(browser: Browser) {
  const seeded = seedStore();
  hall = await startHallProcess({ store: seeded.store, dir, port: await freePort() });
  const call = organizer(hall.hostUrl);
  const [code] = await call<PairingCodeView[]>('lan.issueCodes', {
    judgeIds: [seeded.judges[1]!.id],
  });
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await pairByTyping(page, hall.origin, code!.code, '2号平板');
  return { ...seeded, hall, call, context, page };
}

/** From the top of the page: the bar that stays in view is then where a judge sees it. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

test('three judges pair by code on a phone, a tablet and a laptop, and nothing is lost offline', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { store, judges, entries } = seedStore();
  hall = await startHallProcess({ store, dir, port: await freePort() });
  const call = organizer(hall.hostUrl);
  const feed = await liveFeed(hall.hostUrl);
  const codes = await call<PairingCodeView[]>('lan.issueCodes', {
    judgeIds: judges.map((j) => j.id),
    validMinutes: 30,
  });
  const codeOf = (n: number) => codes.find((c) => c.judgeId === judges[n]!.id)!;

  const contexts: BrowserContext[] = [];
  const open = async (width: number, height: number, touch: boolean) => {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: touch,
      isMobile: touch && width < 500,
      locale: 'zh-CN',
    });
    contexts.push(context);
    return { context, page: await context.newPage() };
  };
  const phone = await open(360, 740, true);
  const tablet = await open(768, 1024, true);
  const laptop = await open(1366, 768, false);

  // The phone scans the QR code: the link carries the code in its fragment.
  await phone.page.goto(codeOf(0).link);
  await expect(phone.page.getByText('已从二维码读取配对码')).toBeVisible();
  await shot(phone.page, 'lan-judge-pair-phone-zh');
  await phone.page.getByRole('button', { name: '配对' }).click();
  await pairByTyping(tablet.page, hall.origin, codeOf(1).code, '2号平板');
  await pairByTyping(laptop.page, hall.origin, codeOf(2).code, '3号笔记本');
  for (const [n, { page }] of [phone, tablet, laptop].entries()) {
    await expect(page.locator('.judge-name')).toContainText(judges[n]!.name);
    await expect(page.locator('article[data-entry]')).toHaveCount(entries.length);
  }
  // The code is spent: the QR link again gives "already used", not a second device.
  const stranger = await open(360, 740, true);
  await stranger.page.goto(codeOf(0).link);
  await stranger.page.getByRole('button', { name: '配对' }).click();
  await expect(stranger.page.getByRole('alert')).toContainText('这个配对码已经用过了');
  await stranger.page.getByRole('button', { name: 'English' }).click();
  await expect(
    stranger.page.getByRole('heading', { name: 'Connect to the head table' }),
  ).toBeVisible();
  await shot(stranger.page, 'lan-judge-pair-phone-en');
  await stranger.context.close();

  // The phone's own sheet: 002 greyed as 回避; a mark above the maximum is refused in place.
  const recused = phone.page.locator('article[data-entry="002"]');
  await expect(recused).toContainText('回避');
  await expect(recused.locator('input')).toHaveCount(0);
  const criteria = await phone.page.locator('article[data-entry="001"] input.mark-input').count();
  await score(phone.page, '001', 0, '999');
  await expect(phone.page.getByRole('alert')).toContainText('999');
  await expect(syncBar(phone.page)).toContainText('全部评分已送达记分台');
  for (let c = 0; c < criteria; c++) await score(phone.page, '001', c, '8');
  await expect(phone.page.locator('article[data-entry="001"] .total')).toContainText(
    (8 * criteria).toFixed(2),
  );
  await expect(syncBar(phone.page)).toContainText('全部评分已送达记分台');
  await expect(phone.page.locator('.unsent-chip')).toHaveCount(0);
  // The head table heard it without anyone reloading anything.
  await expect
    .poll(() => feed.events.filter((e) => e.type === 'marks' && e.judgeId === judges[0]!.id))
    .not.toHaveLength(0);

  // The tablet loses the Wi-Fi and keeps scoring: each mark kept on it, shown 未发送.
  await tablet.context.setOffline(true);
  for (const no of ['001', '002']) {
    for (let c = 0; c < criteria; c++) await score(tablet.page, no, c, String(3 + c));
  }
  await expect(syncBar(tablet.page)).toContainText(`${2 * criteria} 项评分未发送`);
  await expect(syncBar(tablet.page)).toContainText('没有网络');
  await expect(tablet.page.locator('.unsent-chip')).toHaveCount(2 * criteria);
  await shot(tablet.page, 'lan-judge-tablet-offline-zh');
  expect(feed.events.some((e) => e.type === 'marks' && e.judgeId === judges[1]!.id)).toBe(false);
  // Back on the Wi-Fi: everything arrives, and the head table hears it.
  await tablet.context.setOffline(false);
  await expect(syncBar(tablet.page)).toContainText('全部评分已送达记分台');
  await expect(tablet.page.locator('.unsent-chip')).toHaveCount(0);
  await expect
    .poll(() =>
      feed.events
        .filter((e) => e.type === 'marks' && e.judgeId === judges[1]!.id)
        .reduce((sum, e) => sum + (e.type === 'marks' ? e.applied : 0), 0),
    )
    .toBe(2 * criteria);
  // A reload keeps the sheet and its marks (IndexedDB), all sent.
  await tablet.page.reload();
  await expect(
    tablet.page.locator('article[data-entry="002"] input.mark-input').first(),
  ).toHaveValue('3');
  await expect(syncBar(tablet.page)).toContainText('全部评分已送达记分台');

  // The head table stops answering the phone's pushes; a mark typed then survives a reload.
  await phone.page.route('**/api/device.push', (route) => route.abort('connectionrefused'));
  await score(phone.page, '003', 0, '6');
  await expect(syncBar(phone.page)).toContainText('1 项评分未发送');
  await phone.page.reload();
  await expect(
    phone.page.locator('article[data-entry="003"] input.mark-input').first(),
  ).toHaveValue('6');
  await expect(phone.page.locator('article[data-entry="003"] .unsent-chip')).toHaveCount(1);
  await expect(syncBar(phone.page)).toContainText('暂时连不上记分台');
  await phone.page.unroute('**/api/device.push');
  await expect(syncBar(phone.page)).toContainText('全部评分已送达记分台', { timeout: 20_000 });

  // 提交 lists the blanks first, as the desktop sheet does.
  await phone.page.getByRole('button', { name: '提交', exact: true }).click();
  const dialog = phone.page.getByRole('dialog');
  await expect(dialog).toContainText('还有');
  await expect(dialog).toContainText('003');
  await expect(dialog).not.toContainText('002');
  await shot(phone.page, 'lan-judge-phone-submit-zh');
  await dialog.getByRole('button', { name: '仍然提交' }).click();
  await expect(phone.page.locator('.progress')).toContainText('已于');

  // The laptop's judge scores one mark; then the head table revokes that device.
  await score(laptop.page, '001', 0, '7');
  await expect(syncBar(laptop.page)).toContainText('全部评分已送达记分台');
  await shot(laptop.page, 'lan-judge-laptop-zh');
  await laptop.page.getByRole('button', { name: 'English' }).click();
  await shot(laptop.page, 'lan-judge-laptop-sheet-en');
  await laptop.page.getByRole('button', { name: '中文' }).click();
  const devices = await call<LanDeviceView[]>('lan.devices', {});
  expect(devices.map((d) => [d.judge, d.name, d.marksReceived]).sort()).toEqual(
    [
      [judges[0]!.name, '评委设备', criteria + 1],
      [judges[1]!.name, '2号平板', 2 * criteria],
      [judges[2]!.name, '3号笔记本', 1],
    ].sort(),
  );
  const laptopDevice = devices.find((d) => d.name === '3号笔记本')!;
  await call('lan.revoke', { deviceId: laptopDevice.id, reason: '设备遗失' });
  await score(laptop.page, '001', 1, '6');
  await expect(laptop.page.getByRole('heading', { name: '这台设备已停用' })).toBeVisible();
  await expect(laptop.page.locator('main')).toContainText('1 项评分没有送达记分台');
  await expect(laptop.page.locator('main')).toContainText('U 盘');
  // What it could not send is written out, to be entered again elsewhere.
  await expect(laptop.page.locator('.kept-list tr')).toHaveCount(1);
  await expect(laptop.page.locator('.kept-list tr')).toContainText('001');
  await expect(laptop.page.locator('.kept-list td.num')).toHaveText('6');
  await shot(laptop.page, 'lan-judge-laptop-revoked-zh');

  // Screens in both languages at the three sizes.
  await shot(phone.page, 'lan-judge-phone-zh');
  await shot(tablet.page, 'lan-judge-tablet-zh');
  for (const [name, { page }] of [
    ['phone', phone],
    ['tablet', tablet],
    ['laptop', laptop],
  ] as const) {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await shot(page, `lan-judge-${name}-en`);
  }
  await expect(laptop.page.locator('main')).toContainText('This device has been switched off');
  await expect(tablet.page.getByRole('status')).toContainText('Every mark has reached');

  // The tablet's judge moves to a new tablet by a takeover code: the old one is told its
  // scoring moved on (not that it was switched off), and a mark typed on it is kept, not sent.
  const [takeover] = await call<PairingCodeView[]>('lan.issueCodes', {
    judgeIds: [judges[1]!.id],
    validMinutes: 30,
    takeoverReason: '平板电量不足',
  });
  const newTablet = await open(768, 1024, true);
  await pairByTyping(newTablet.page, hall.origin, takeover!.code, '2号备用平板');
  await expect(newTablet.page.locator('article[data-entry]')).toHaveCount(entries.length);
  await score(tablet.page, '003', 0, '5');
  await expect(
    tablet.page.getByRole('heading', { name: 'Your scoring has moved to another device' }),
  ).toBeVisible();
  await expect(tablet.page.locator('main')).toContainText('go on scoring on the new device');
  await shot(tablet.page, 'lan-judge-tablet-replaced-en');
  await tablet.page.getByRole('button', { name: '中文' }).click();
  await expect(tablet.page.getByRole('heading', { name: '评分已转到另一台设备' })).toBeVisible();
  await expect(tablet.page.locator('.kept-list tr')).toHaveCount(1);
  await shot(tablet.page, 'lan-judge-tablet-replaced-zh');
  feed.stop();
  for (const context of contexts) await context.close();

  // The store holds exactly what the judges typed.
  await stopGently(hall);
  hall = null;
  const db = openStore(store);
  try {
    const cells = (n: number) =>
      readJudgeCells(db, judges[n]!.id)
        .map((c) => `${c.entryNo}:${c.value}`)
        .sort();
    expect(cells(0)).toEqual([...Array.from({ length: criteria }, () => '001:800'), '003:600']);
    expect(cells(1)).toEqual(
      ['001', '002']
        .flatMap((no) => Array.from({ length: criteria }, (_, c) => `${no}:${(3 + c) * 100}`))
        .sort(),
    );
    expect(cells(2)).toEqual(['001:700']);
  } finally {
    db.close();
  }
});

test('over HTTPS with the competition’s certificate, a judge pairs from the QR link and scores through a head-table crash', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { store, judges } = seedStore();
  hall = await startHallProcess({ store, dir, port: await freePort(), https: true });
  const certificate = /SCOREDESK_LAN_CERTIFICATE=(\S+)/.exec(hall.output())![1]!;
  const call = organizer(hall.hostUrl);
  const [code] = await call<PairingCodeView[]>('lan.issueCodes', { judgeIds: [judges[1]!.id] });
  expect(code!.link).toContain(`cert=${certificate}`);
  // The self-signed certificate: the judge compares its fingerprint with the one shown.
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    ignoreHTTPSErrors: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(code!.link);
  await expect(page.locator('.fingerprint-note code')).toContainText(
    certificate.slice(0, 2).toUpperCase(),
  );
  await page.getByRole('button', { name: '配对' }).click();
  await expect(page.locator('.judge-name')).toContainText(judges[1]!.name);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  // A secure page needs no note about the screen timeout.
  await expect(page.locator('.http-note')).toHaveCount(0);
  await score(page, '001', 0, '9');
  await expect(page.getByRole('status')).toContainText('全部评分已送达记分台');

  // The head-table laptop dies (SIGKILL, as a power cut) while the judge goes on scoring.
  const port = Number(new URL(hall.origin).port);
  await killHard(hall);
  hall = null;
  await score(page, '001', 1, '8');
  await score(page, '002', 0, '7.5');
  await expect(page.getByRole('status')).toContainText('2 项评分未发送');
  await expect(page.getByRole('status')).toContainText('暂时连不上记分台');
  // A reload with the head table down: over HTTPS the page itself is gone too until it is back,
  // but nothing typed is, so the page is reloaded only once the head table is up again.
  hall = await startHallProcess({ store, dir, port, https: true });
  await expect(page.getByRole('status')).toContainText('全部评分已送达记分台', {
    timeout: 40_000,
  });
  await page.reload();
  await expect(page.locator('article[data-entry="002"] input.mark-input').first()).toHaveValue(
    '7.5',
  );
  const devices = await organizer(hall.hostUrl)<LanDeviceView[]>('lan.devices', {});
  expect(devices).toEqual([
    expect.objectContaining({ judge: judges[1]!.name, marksReceived: 3, unsent: 0 }),
  ]);
  await context.close();
  await stopGently(hall);
  hall = null;
  const db = openStore(store);
  try {
    expect(
      readJudgeCells(db, judges[1]!.id)
        .map((c) => `${c.entryNo}:${c.value}`)
        .sort(),
    ).toEqual(['001:800', '001:900', '002:750']);
  } finally {
    db.close();
  }
});

test('a device paired for yesterday’s competition pairs for today’s at the same address and gets today’s sheet', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const port = await freePort();
  const competition = (name: string) => {
    const store = join(dir, `${name}.scoredesk`);
    const db = createCompetitionStore(store, { ...info, name }, 'counselor');
    fillDemo(db, { seed: 7, entriesPerTrack: 3, judgesPerTrack: 3, blankShare: 1 });
    const track = readJudges(db).find((j) => j.tracks.length > 0)!.tracks[0]!;
    const judge = readJudges(db).find((j) => j.tracks.includes(track))!;
    db.close();
    return { store, judge };
  };
  const context = await browser.newContext({
    viewport: { width: 768, height: 1024 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const openHallFor = async (store: string, judgeId: number) => {
    hall = await startHallProcess({ store, dir, port });
    const [code] = await organizer(hall.hostUrl)<PairingCodeView[]>('lan.issueCodes', {
      judgeIds: [judgeId],
    });
    return code!.code;
  };
  // Yesterday's round: paired, every mark sent, the hall closed for the night.
  const yesterday = competition('2026年浙江省科技馆辅导员大赛（复赛）');
  const first = await openHallFor(yesterday.store, yesterday.judge.id);
  await pairByTyping(page, hall!.origin, first, '1号平板');
  await score(page, '001', 0, '5');
  await expect(syncBar(page)).toContainText('全部评分已送达记分台');
  await stopGently(hall!);
  // Today's final, another competition, served at the same address.
  const today = competition('2026年浙江省科技馆辅导员大赛（决赛）');
  const second = await openHallFor(today.store, today.judge.id);
  // The page says yesterday's pairing is over, and takes today's code.
  await page.reload();
  await page.getByRole('button', { name: '输入新的配对码' }).click();
  await page.getByLabel('配对码').fill(second);
  await page.getByLabel('这台设备的名称（记分台会看到）').fill('1号平板');
  await page.getByRole('button', { name: '配对' }).click();
  await expect(page.locator('.judge-name')).toContainText(today.judge.name);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('article[data-entry]')).toHaveCount(3);
  // Nothing of yesterday's sheet is kept as today's: no mark is shown, none is sent.
  await expect(page.locator('article[data-entry="001"] input.mark-input').first()).toHaveValue('');
  await context.close();
});

test('a judge recused after marking an entry keeps sending every later mark', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { store, judges, entries, call, context, page } = await pairedTablet(browser);
  const feed = await liveFeed(hall!.hostUrl);
  await score(page, '001', 0, '5');
  await expect
    .poll(() => feed.events.some((e) => e.type === 'marks' && e.judgeId === judges[1]!.id))
    .toBe(true);
  // 004's mark does not reach the head table (its answers are lost on the way) …
  await page.route('**/api/device.push', (route) => route.abort());
  await score(page, '004', 0, '7');
  await expect(syncBar(page)).toContainText('1 项评分未发送');
  // … and the organizer learns the judge coached 001 and 004, and recuses them; the tablet
  // reads its sheet again, with its answers back.
  for (const entry of [entries[0]!, entries[3]!]) {
    await call('recusals.set', {
      judgeId: judges[1]!.id,
      entryId: entry.id,
      recused: true,
      reason: '曾指导该选手',
    });
  }
  await page.unroute('**/api/device.push');
  let pushes = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/device.push')) pushes++;
  });
  await page.reload();
  await expect(page.locator('article[data-entry="001"]')).toContainText('回避');
  await expect(page.locator('article[data-entry="004"]')).toContainText('回避');
  // The marks kept for 001 and 004 are not sent again (they would refuse the whole file): 003's
  // arrives, and the page says that 004's stays on the tablet only, rather than "unsent" for ever.
  await score(page, '003', 0, '6');
  await expect(syncBar(page)).toContainText('可以发送的评分已全部送达记分台');
  await expect(syncBar(page)).toContainText(
    '1 项评分只留在这台设备上，不会发送：你已回避或不再评选手 004',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'lan-judge-tablet-withheld-zh');
  // Nor does the tablet keep knocking with the same file.
  const settled = pushes;
  await page.waitForTimeout(2_000);
  expect(pushes - settled).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(syncBar(page)).toContainText(
    'Every mark that can be sent has reached the head table',
  );
  await expect(syncBar(page)).toContainText(
    '1 mark stays on this device only and will not be sent: you are recused from, or no longer judge, entry 004',
  );
  await shot(page, 'lan-judge-tablet-withheld-en');
  await context.close();
  await stopGently(hall!);
  hall = null;
  const db = openStore(store);
  try {
    expect(
      readJudgeCells(db, judges[1]!.id)
        .map((c) => `${c.entryNo}:${c.value}`)
        .sort(),
    ).toEqual(['001:500', '003:600']);
  } finally {
    db.close();
  }
});

test('a tablet that opened while the head table was out of reach reads its sheet again once it is back', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { judges, entries, call, context, page } = await pairedTablet(browser);
  await expect(page.locator('article[data-entry]')).toHaveCount(entries.length);
  // The tablet is reopened while the head table cannot be reached: it shows the sheet it kept.
  await page.route('**/api/**', (route) => route.abort());
  await page.reload();
  await expect(page.locator('article[data-entry]')).toHaveCount(entries.length);
  await expect(syncBar(page)).toContainText('暂时连不上记分台');
  // Meanwhile the organizer recuses the judge from 003; then the head table is back, and the
  // judge goes on scoring at once.
  await call('recusals.set', {
    judgeId: judges[1]!.id,
    entryId: entries[2]!.id,
    recused: true,
    reason: '曾指导该选手',
  });
  await page.unroute('**/api/**');
  await score(page, '001', 0, '5');
  await expect(syncBar(page)).toContainText('全部评分已送达记分台');
  // The sheet is read again without a reload: 003 now greyed as 回避, nothing to type there.
  await expect(page.locator('article[data-entry="003"]')).toContainText('回避');
  await expect(page.locator('article[data-entry="003"] input')).toHaveCount(0);
  await context.close();
});
