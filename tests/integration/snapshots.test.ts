import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { saveEntry } from '../../electron/services/rosterService';
import { confSettings } from '../../electron/services/settings';
import { type Db, openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import {
  backupDir,
  KEEP_SNAPSHOTS,
  latestGoodSnapshot,
  listSnapshots,
  restoreSnapshot,
  snapshotBefore,
} from '../../electron/store/snapshots';
import { organizerStore, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Snapshots a user can trust: what they see as "latest" is the last one taken whatever the clock
// says, any of them can be put back, and nothing of a killed snapshot stays behind.

const tempDir = tempDirsForEachTest();
afterEach(() => {
  vi.useRealTimers();
});

const YEAR = 365 * 24 * 3600 * 1000;

/** Sets the computer's clock as the app sees it (only Date: the file system is real). */
const clockAt = (ms: number) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
};

let added = 0;
/** One more team on the roster: each snapshot then holds a count of its own. */
function addTeam(db: Db) {
  added++;
  saveEntry(db, {
    track: TRACK,
    group: 'main',
    no: `X${String(added).padStart(3, '0')}`,
    name: `加赛队${added}`,
    organization: '科技馆',
    region: '北京',
    title: '',
    status: 'competing',
    members: [],
  });
}

const teams = (path: string) => {
  const db = openStore(path);
  try {
    return readEntries(db).length;
  } finally {
    db.close();
  }
};

function store() {
  const { db } = organizerStore(tempDir());
  return { db, path: db.name };
}

describe('snapshot order follows the order they were taken, not the clock', () => {
  it('keeps a snapshot taken with the clock set back, and calls it the latest', () => {
    const { db, path } = store();
    for (let i = 0; i < KEEP_SNAPSHOTS; i++) snapshotBefore(db, path, 'merge');
    clockAt(Date.now() - YEAR);
    addTeam(db);
    const taken = snapshotBefore(db, path, 'roster-import')!;
    const kept = listSnapshots(path);
    expect(kept).toHaveLength(KEEP_SNAPSHOTS);
    expect(kept[0]!.name).toBe(taken.name);
    expect(existsSync(taken.path)).toBe(true);
    expect(latestGoodSnapshot(path)!.name).toBe(taken.name);
    db.close();
  });

  it('does not keep calling a snapshot taken with the clock set ahead the latest', () => {
    const { db, path } = store();
    clockAt(Date.now() + YEAR);
    snapshotBefore(db, path, 'merge');
    vi.useRealTimers();
    const later = snapshotBefore(db, path, 'lock')!;
    expect(listSnapshots(path)[0]!.name).toBe(later.name);
    expect(latestGoodSnapshot(path)!.reason).toBe('lock');
    // Rotation drops the wrongly dated one in its turn, not the ones taken after it.
    for (let i = 0; i < KEEP_SNAPSHOTS; i++) snapshotBefore(db, path, 'sheet-import');
    expect(listSnapshots(path).map((s) => s.reason)).not.toContain('merge');
    expect(listSnapshots(path)).toHaveLength(KEEP_SNAPSHOTS);
    db.close();
  });

  it('names each snapshot with its number in the sequence', () => {
    const { db, path } = store();
    const first = snapshotBefore(db, path, 'merge')!;
    const second = snapshotBefore(db, path, 'merge')!;
    expect(first.name).toMatch(/^0*1-\d{8}-\d{6}-\d{3}--merge\.scoredesk-backup$/);
    expect(second.name).toMatch(/^0*2-/);
    db.close();
  });
});

describe('restoring', () => {
  it('puts back the oldest of a full set, and the snapshot restored is still there', () => {
    const { db, path } = store();
    const before = teams(path);
    const oldest = snapshotBefore(db, path, 'merge')!;
    for (let i = 1; i < KEEP_SNAPSHOTS; i++) {
      addTeam(db);
      snapshotBefore(db, path, 'merge');
    }
    db.close();
    expect(listSnapshots(path).at(-1)!.name).toBe(oldest.name);
    restoreSnapshot(path, oldest.name, openStore);
    expect(teams(path)).toBe(before);
    expect(existsSync(oldest.path)).toBe(true);
    const names = listSnapshots(path).map((s) => s.name);
    expect(names).toContain(oldest.name);
    expect(listSnapshots(path)[0]!.reason).toBe('restore');
    // …and it can be restored again.
    restoreSnapshot(path, oldest.name, openStore);
    expect(teams(path)).toBe(before);
  });

  it('still lists and restores snapshots named the old way (time first)', () => {
    const { db, path } = store();
    const before = teams(path);
    const taken = snapshotBefore(db, path, 'merge')!;
    const oldName = '20261021-093000-123--merge.scoredesk-backup';
    copyFileSync(taken.path, join(backupDir(path), oldName));
    addTeam(db);
    const newer = snapshotBefore(db, path, 'lock')!;
    db.close();
    const listed = listSnapshots(path);
    expect(listed.map((s) => s.name)).toContain(oldName);
    // An old-style name predates every numbered one.
    expect(listed.at(-1)!.name).toBe(oldName);
    expect(listed.find((s) => s.name === oldName)!.at).toBe('2026-10-21T09:30:00.123Z');
    restoreSnapshot(path, oldName, openStore);
    expect(teams(path)).toBe(before);
    restoreSnapshot(path, newer.name, openStore);
    expect(teams(path)).toBe(before + 1);
  });

  it('that fails leaves the open competition open and unchanged', async () => {
    const { db, path } = store();
    const snapshot = snapshotBefore(db, path, 'merge')!;
    addTeam(db);
    db.close();
    writeFileSync(snapshot.path, 'not a store any more');
    const backend = createBackend({
      dataDir: tempDir(),
      settings: confSettings(join(tempDir(), 'config')),
      shell: 'browser',
      version: 'test',
    });
    expect(await backend.dispatch('competitions.open', { path })).toMatchObject({ ok: true });
    const entries = await backend.dispatch('entries.list', {});
    const refused = await backend.dispatch('backups.restore', { snapshot: snapshot.name });
    expect(refused).toMatchObject({ ok: false, errors: [{ code: 'backup.snapshotDamaged' }] });
    expect(await backend.dispatch('competitions.current', {})).toMatchObject({
      ok: true,
      value: { path },
    });
    expect(await backend.dispatch('entries.list', {})).toEqual(entries);
    backend.session.close();
  });
});

describe('a snapshot killed half-way', () => {
  const killer = join(import.meta.dirname, '..', 'helpers', 'killedSnapshot.ts');

  it('leaves nothing behind once the backups are next looked at', () => {
    const { db, path } = store();
    // Room for the copy to take a while, so the child is killed in the middle of it. In a table
    // of ours: a table of its own would make the store foreign, refused before any snapshot.
    const insert = db.prepare(
      `INSERT INTO audit_log (at, actor, action, subject, before)
       VALUES ('', 'test', 'ballast', '', randomblob(1048576))`,
    );
    for (let i = 0; i < 40; i++) insert.run();
    db.close();
    const child = spawnSync(process.execPath, ['--import', 'tsx', killer, path], {
      encoding: 'utf8',
    });
    expect(child.signal).toBe('SIGKILL');
    const leftovers = () => readdirSync(backupDir(path)).filter((n) => n.includes('.partial'));
    expect(leftovers().length).toBeGreaterThan(0);
    expect(listSnapshots(path)).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});
