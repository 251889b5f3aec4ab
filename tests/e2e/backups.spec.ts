import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { snapshotBefore } from '../../electron/store/snapshots';
import { expect, screenshot, test } from './host';

test('the organizer restores a snapshot, and is offered one when the store is damaged', async ({
  page,
  host,
  folders,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(host.url);
  await page.getByLabel('赛事名称').fill('备份恢复演练');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '备份恢复演练' })).toBeVisible();

  // A snapshot taken as an import would take it (a second connection; the store is in WAL mode).
  const name = readdirSync(folders.dataDir).find((f) => f.endsWith('.scoredesk'))!;
  const path = join(folders.dataDir, name);
  const db = new Database(path);
  snapshotBefore(db, path, 'manual');
  db.close();

  await page.getByRole('link', { name: '备份与恢复' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '备份与恢复' })).toBeVisible();
  const row = page.locator('.backup-table tbody tr', { hasText: '手动备份' });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(row.getByText('确定要把赛事恢复到')).toBeVisible();
  await screenshot(page, 'backups-confirm');
  await row.getByRole('button', { name: '确定恢复' }).click();
  await expect(page.getByRole('status')).toContainText('已恢复到');
  // The state before the restore is a snapshot of its own.
  await expect(page.locator('.backup-table tbody tr', { hasText: '恢复前' })).toBeVisible();

  // Damage the store while it is closed, then open it again from the home screen.
  await page.getByRole('button', { name: '关闭赛事' }).click();
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
  await page.getByLabel('按路径打开赛事文件').fill(path);
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('已损坏');
  await expect(page.getByRole('heading', { name: '赛事文件已损坏' })).toBeVisible();
  await screenshot(page, 'backups-damaged-store');
  const offered = page.locator('.damaged-store tbody tr').first();
  await offered.getByRole('button', { name: '恢复' }).click();
  await offered.getByRole('button', { name: '确定恢复' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '备份恢复演练' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
