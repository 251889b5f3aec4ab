import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { writeWorkbookFile } from '../../electron/services/exportService';
import { confSettings } from '../../electron/services/settings';
import { openStore } from '../../electron/store/database';
import { canMakeReadOnly, makeReadOnly, smallDisk } from '../helpers/diskConditions';
import { organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// What a user sees when the disk will not take a write: the competition still opens (read-only,
// saying so), a full disk says so in words, and an export that fails leaves the earlier file.

const tempDir = tempDirsForEachTest();
const undo: Array<() => void> = [];
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
});
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const cli = (args: string[]) =>
  run(process.execPath, [bin, ...args]).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

function backend() {
  return createBackend({
    dataDir: tempDir(),
    settings: confSettings(join(tempDir(), 'config')),
    shell: 'browser',
    version: 'test',
  });
}

const team = {
  track: 'drama',
  group: 'main',
  no: 'R01',
  name: '新的队',
  organization: '科技馆',
  region: '北京',
  title: '',
  status: 'competing',
  members: [],
};

describe.skipIf(!canMakeReadOnly)('a competition file on a read-only disk', () => {
  for (const what of ['folder', 'file'] as const) {
    it(`opens read-only when its ${what} cannot be written, and can still be viewed and exported`, async () => {
      const dir = tempDir();
      const { db } = organizerStore(dir);
      const path = db.name;
      db.close();
      undo.push(makeReadOnly(what === 'folder' ? dir : path));
      const app = backend();
      const opened = await app.dispatch('competitions.open', { path });
      expect(opened).toMatchObject({ ok: true, value: { path, readOnly: true } });
      const entries = await app.dispatch('entries.list', { track: 'drama' });
      expect(entries).toMatchObject({ ok: true });
      expect((entries as { value: unknown[] }).value).toHaveLength(4);
      expect(await app.dispatch('results.exportWorkbook', { language: 'zh-CN' })).toMatchObject({
        ok: true,
      });
      const saved = await app.dispatch('entries.save', { entry: team });
      expect(saved).toMatchObject({ ok: false, errors: [{ code: 'store.openedReadOnly' }] });
      app.session.close();

      const out = join(tempDir(), 'results.xlsx');
      const exported = await cli(['export', path, out]);
      expect(exported.code).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      // Issuing a judge file is recorded in the store: refused, in words.
      const issued = await cli(['judge-file', path, '--judge', '1', '--out', tempDir()]);
      expect(issued.code).toBe(1);
      expect(issued.stderr).toContain('只读');
      expect(issued.stderr).not.toContain('意外');
    }, 60_000);
  }
});

describe('a full disk', () => {
  it('says so in words when the store cannot grow', async () => {
    const { db } = organizerStore(tempDir());
    const path = db.name;
    db.close();
    const app = backend();
    await app.dispatch('competitions.open', { path });
    // SQLite's own "database or disk is full", for real: the store may not grow by one page.
    const store = app.session.db();
    store.pragma(`max_page_count = ${store.pragma('page_count', { simple: true })}`);
    let saved: unknown;
    for (let n = 10; n < 400; n++) {
      saved = await app.dispatch('entries.save', {
        entry: { ...team, no: `R${n}`, title: '很长的作品名'.repeat(30) },
      });
      if (!(saved as { ok: boolean }).ok) break;
    }
    expect(saved, JSON.stringify(saved)).toMatchObject({
      ok: false,
      errors: [{ code: 'disk.full' }],
    });
    app.session.close();
  });

  it('keeps the earlier export when the new one does not fit', async () => {
    const disk = join(tempDir(), 'stick');
    // Room for the earlier file and little more.
    const unmount = smallDisk(disk, 8 * 1024);
    if (!unmount) return;
    undo.push(unmount);
    const { db } = organizerStore(tempDir());
    const out = join(disk, 'results.xlsx');
    writeFileSync(out, 'the earlier results');
    const failed = await (async () => {
      try {
        await writeWorkbookFile(db, out, { language: 'zh-CN' });
        return null;
      } catch (error) {
        return error as { errors: Array<{ code: string }> };
      }
    })();
    expect(failed?.errors[0]?.code, JSON.stringify(failed)).toBe('disk.full');
    expect(readFileSync(out, 'utf8')).toBe('the earlier results');
    const path = db.name;
    db.close();
    const cliFailed = await cli(['export', path, out]);
    expect(cliFailed.code).toBe(1);
    expect(cliFailed.stderr).toContain('磁盘');
    expect(readFileSync(out, 'utf8')).toBe('the earlier results');
  }, 60_000);
});

describe('an export that cannot be written', () => {
  it('leaves the earlier file at that path as it was', async () => {
    const { db } = organizerStore(tempDir());
    const dir = tempDir();
    const out = join(dir, 'results.xlsx');
    writeFileSync(out, 'the earlier results');
    // Where the new file would be written before it takes the name, something else is in the
    // way: the write fails, as on a disk that fails mid-write.
    mkdirSync(join(dir, `.results.xlsx.${process.pid}.writing`));
    await expect(writeWorkbookFile(db, out, { language: 'zh-CN' })).rejects.toThrow();
    expect(readFileSync(out, 'utf8')).toBe('the earlier results');
    db.close();
  });
});

it('opens a store on a read-only disk for reading through openStore too', () => {
  if (!canMakeReadOnly) return;
  const dir = tempDir();
  const { db } = organizerStore(dir);
  const path = db.name;
  db.close();
  undo.push(makeReadOnly(dir));
  const ro = openStore(path);
  expect(ro.readonly).toBe(true);
  ro.close();
});
