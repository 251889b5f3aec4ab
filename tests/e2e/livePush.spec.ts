import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HallService } from '../../electron/lan/hallService';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { acceptJudgeKey } from '../../electron/services/judgeKeysService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { Session } from '../../electron/services/session';
import { keyFingerprint } from '../../electron/services/signing';
import { readJudgeKeys } from '../../electron/store/judgeKeysTable';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import { judgeHallOf } from '../../shared/formats/judgeHall';
import { expect, test } from './host';

// A judge with the ScoreDesk app on a laptop, the head table's hall open on 127.0.0.1 (HTTPS):
// the sheet says whether the marks are at the head table, in words, and they are there.

const TEAMS = ['闪电小队', '磁力先锋', '光影魔术', '声波探秘'];

async function headTable() {
  const dir = mkdtempSync(join(tmpdir(), 'scoredesk-live-'));
  const path = join(dir, 'organizer.scoredesk');
  const db = createCompetitionStore(
    path,
    { name: '浙江省科技馆辅导员大赛', edition: '', startDate: '', endDate: '', venue: '' },
    'counselor',
  );
  TEAMS.forEach((name, i) => {
    saveEntry(db, {
      track: 'experiment',
      group: 'main',
      no: `00${i + 1}`,
      name,
      organization: `第${i + 1}科技馆`,
      region: '浙江',
      title: '',
      status: 'competing',
      members: [],
    });
  });
  const judge = saveJudge(db, {
    name: '赵评委',
    organization: '温州科技馆',
    region: '浙江',
    tracks: ['experiment'],
  });
  db.close();
  const session = new Session(dir);
  session.open(path);
  const hall = new HallService(session);
  const status = await hall.open({
    address: '127.0.0.1',
    port: 0,
    https: true,
    everyInterface: false,
  });
  const judgeFile = join(dir, '赵评委.scoredesk-judge');
  writeFileSync(judgeFile, exportJudgeFile(session.db(), judge.id, judgeHallOf(status)).content);
  return { session, hall, status, judgeFile, judgeId: judge.id };
}

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: join(import.meta.dirname, '..', '..', 'test-results', 'screens', `${name}.png`),
  });

test('the judge’s sheet says when its marks reached the head table, and when they wait', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const head = await headTable();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByLabel(/评委：打开评委文件/).setInputFiles(head.judgeFile);
    await expect(page.getByRole('heading', { name: '评分表：科学实验' })).toBeVisible();
    const line = page.getByRole('status', { name: '实时送达记分台' });
    // The laptop's key is new to the head table: the sheet says what the scorekeeper must do.
    await expect(line).toContainText('记分台还没有接受您的密钥', { timeout: 20_000 });
    await shot(page, '60-live-push-waiting-zh');
    const pending = readJudgeKeys(head.session.db(), head.judgeId).find(
      (k) => k.state === 'pending',
    )!;
    acceptJudgeKey(head.session.db(), head.judgeId, keyFingerprint(pending.publicKey));

    await page.locator('[data-cell="0:0:0"]').focus();
    for (const mark of ['25', '20', '16.5']) {
      await page.keyboard.type(mark);
      await page.keyboard.press('Tab');
    }
    await expect(line).toContainText(/已实时送达记分台 \d\d:\d\d/, { timeout: 30_000 });
    await expect
      .poll(() => readJudgeCells(head.session.db(), head.judgeId).length, { timeout: 10_000 })
      .toBe(3);
    await shot(page, '61-live-push-delivered-zh');
    await page.getByRole('button', { name: 'English' }).click();
    const lineEn = page.getByRole('status', { name: 'Live delivery to the head table' });
    await expect(lineEn).toContainText(/Delivered live to the head table at \d\d:\d\d/);
    await shot(page, '61-live-push-delivered-en');
    await page.getByRole('button', { name: '中文' }).click();

    // The head table's hall closes (the router restarts): the marks stay, the sheet says so.
    await head.hall.close();
    await page.locator('[data-cell="0:1:0"]').focus();
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await expect(line).toContainText('记分台暂时连不上，评分已保存在本机，可照常导出评分文件', {
      timeout: 30_000,
    });
    await expect(line).toContainText(/上次送达 \d\d:\d\d/);
    await shot(page, '62-live-push-unreachable-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(lineEn).toContainText('The head table cannot be reached just now');
    await shot(page, '62-live-push-unreachable-en');
    await page.getByRole('button', { name: '中文' }).click();
    expect(readJudgeCells(head.session.db(), head.judgeId)).toHaveLength(3);
  } finally {
    await head.hall.close();
    head.session.close();
  }
});
