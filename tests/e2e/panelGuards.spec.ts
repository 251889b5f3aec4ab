import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { runDraw } from '../../electron/services/drawService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { judgeLaptop } from '../helpers/judgingFixture';
import { expect, screenshot, test } from './host';
import { team } from './seedTeam';

/**
 * Four drama judges, one from the same museum as D02; the draw made, then a late team; one
 * judge's score file merged, so the panel has marks.
 */
function seed(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = createCompetitionStore(
    join(dataDir, '回避测试.scoredesk'),
    { name: '回避测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    for (const no of ['D01', 'D02', 'D03', 'D04']) saveEntry(db, team(no));
    const judges = ['甲', '乙', '丙', '丁'].map((n, i) =>
      saveJudge(db, {
        name: `评委${n}`,
        organization: i === 0 ? 'D02科技馆' : `${n}馆`,
        region: '',
        tracks: ['drama'],
      }),
    );
    runDraw(db, 'drama', 20261203);
    saveEntry(db, team('D05', { organization: '新科技馆' }));
    const laptop = judgeLaptop(db, judges[1]!.id, join(dataDir, '..', 'laptop'));
    mergeScoreFiles(db, [
      { name: '评委乙.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    laptop.db.close();
  } finally {
    db.close();
  }
}

test('recusal by organization is automatic, cleared only with a reason; a late team goes last; joining a scored panel asks first', async ({
  page,
  host,
  folders,
}) => {
  // Electron has no window.prompt: a native box here would be a bug, so any one fails the test.
  page.on('dialog', (dialog) => {
    throw new Error(`native ${dialog.type()} box: ${dialog.message()}`);
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  seed(folders.dataDir);
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /回避测试/ })
    .first()
    .click();
  await page.goto(`${host.url}#/tracks/drama/panel`);

  const cell = (judge: string, no: string) =>
    page.getByRole('checkbox', { name: `回避 ${judge} ${no}` });
  // Applied when the panel was saved, nobody clicked 按单位自动建议回避.
  await expect(cell('评委甲', 'D02')).toBeChecked();
  await expect(page.locator('tr[data-entry="D02"] .chip.auto')).toHaveText('自动');
  await expect(cell('评委乙', 'D02')).not.toBeChecked();
  // The late team is last, after the four drawn, and the draw says so.
  await expect(page.locator('tr[data-entry="D05"] td').first()).toHaveText('5');
  await expect(page.locator('.late-entries')).toContainText('D05 D05剧社，出场顺序 5');

  await cell('评委甲', 'D02').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('这是按单位自动设置的回避（同单位）');
  const clear = dialog.getByRole('button', { name: '取消回避' });
  await expect(clear).toBeDisabled();
  await dialog.getByLabel('取消原因（必填）').fill('同名不同馆，已核实');
  await screenshot(page, 'panel-01-clear-auto-zh');
  await clear.click();
  await expect(cell('评委甲', 'D02')).not.toBeChecked();

  await cell('评委丙', 'D03').click();
  await dialog.getByLabel('回避原因').fill('亲属');
  await dialog.getByRole('button', { name: '设为回避' }).click();
  await expect(cell('评委丙', 'D03')).toBeChecked();
  await expect(page.locator('tr[data-entry="D03"] .chip.manual')).toHaveText('手动');
  await screenshot(page, 'panel-02-recusals-zh');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('tr[data-entry="D03"] .chip.manual')).toHaveText('by hand');
  await expect(page.locator('.late-entries')).toContainText('Added after the draw');
  await page.getByRole('checkbox', { name: 'Recusals 评委丙 D03' }).click();
  await expect(dialog).toContainText('Reason for the recusal: 亲属');
  await screenshot(page, 'panel-03-clear-manual-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('checkbox', { name: 'Recusals 评委丙 D03' })).toBeChecked();

  await page.getByRole('button', { name: '中文' }).click();
  await page.goto(`${host.url}#/judges`);
  await page.getByRole('button', { name: '添加评委' }).click();
  await page.getByLabel('姓名').fill('评委戊');
  await page.getByRole('checkbox', { name: '科普短剧' }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('赛项“科普短剧”已有评分');
  await screenshot(page, 'panel-04-join-scored-zh');
  await dialog.getByRole('button', { name: '仍然加入' }).click();
  await expect(page.locator('table')).toContainText('评委戊');
});
