import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { lockResults } from '../../electron/services/resultsService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import { openStore } from '../../electron/store/database';
import {
  backupDir,
  KEEP_SNAPSHOTS,
  listSnapshots,
  restoreSnapshot,
  snapshotBefore,
} from '../../electron/store/snapshots';
import type { AppFailure } from '../../shared/errors';
import { blockingFlags } from '../../shared/scoring';
import {
  judgeLaptop,
  organizerStore,
  refusedCode,
  scoresDump,
  TRACK,
} from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

function scenario() {
  const organizer = organizerStore(tempDir());
  const laptop = judgeLaptop(organizer.db, organizer.judges[0]!.id, tempDir());
  const file = { name: 'j1.scoredesk-scores', content: exportScoreFile(laptop.db).content };
  laptop.db.close();
  return { ...organizer, path: organizer.db.name, file };
}

const scoreCount = (path: string) => {
  const db = openStore(path);
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM scores').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('automatic snapshots', () => {
  it('takes one before a merge and before a results lock, holding the state before', () => {
    const { db, path, file, judges } = scenario();
    expect(listSnapshots(path)).toEqual([]);
    mergeScoreFiles(db, [file]);
    const [merge] = listSnapshots(path);
    expect(merge).toMatchObject({ reason: 'merge' });
    expect(merge!.name).toMatch(/^\d{6}-\d{8}-\d{6}-\d{3}--merge\.scoredesk-backup$/);
    expect(merge!.size).toBeGreaterThan(0);
    expect(Date.parse(merge!.at)).toBeGreaterThan(Date.now() - 60_000);
    // The snapshot is the store before the merge: a sound store, without the merged scores.
    expect(scoreCount(merge!.path)).toBe(0);
    expect(scoresDump(db)).not.toBe('{"scores":[],"cleared":[]}');

    // A lock needs something to publish: three judges (the track's minimum) in one more merge.
    const more = judges.slice(1, 3).map((judge, n) => {
      const laptop = judgeLaptop(db, judge.id, tempDir());
      const content = exportScoreFile(laptop.db).content;
      laptop.db.close();
      return { name: `j${n + 2}.scoredesk-scores`, content };
    });
    mergeScoreFiles(db, more);
    lockResults(db, TRACK, '裁判长', '', blockingFlags);
    expect(listSnapshots(path).map((s) => s.reason)).toEqual(['lock', 'merge', 'merge']);
    // Locking again with nothing changed makes no version and no snapshot.
    lockResults(db, TRACK, '裁判长', '', blockingFlags);
    expect(listSnapshots(path)).toHaveLength(3);
    db.close();
  });

  it('takes none when every file is refused before the store is even consulted', () => {
    const { db, path } = scenario();
    mergeScoreFiles(db, [{ name: 'junk', content: 'not json' }]);
    expect(listSnapshots(path)).toEqual([]);
    db.close();
  });

  it('keeps the newest 20, named with time and reason', () => {
    const { db, path } = scenario();
    for (let i = 0; i < KEEP_SNAPSHOTS + 5; i++) {
      snapshotBefore(db, path, i % 2 ? 'roster-import' : 'sheet-import');
    }
    const kept = listSnapshots(path);
    expect(kept).toHaveLength(KEEP_SNAPSHOTS);
    expect(readdirSync(backupDir(path))).toHaveLength(KEEP_SNAPSHOTS);
    // Newest first, the last one taken (i = 24, even) at the top.
    expect(kept[0]!.reason).toBe('sheet-import');
    const times = kept.map((s) => s.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(() => snapshotBefore(db, path, 'Bad Reason')).toThrow();
    db.close();
  });

  it('refuses to run inside a transaction (VACUUM INTO cannot)', () => {
    const { db, path } = scenario();
    expect(() => db.transaction(() => snapshotBefore(db, path, 'merge'))()).toThrow(
      /outside a transaction/,
    );
    db.close();
  });
});

describe('restore', () => {
  it('puts a snapshot back, keeping the current state as a snapshot first', () => {
    const { db, path, file } = scenario();
    mergeScoreFiles(db, [file]);
    const merged = scoreCount(path);
    expect(merged).toBeGreaterThan(0);
    db.close();
    const [before] = listSnapshots(path);
    restoreSnapshot(path, before!.name, (p) => openStore(p));
    expect(scoreCount(path)).toBe(0);
    const [kept] = listSnapshots(path);
    expect(kept!.reason).toBe('restore');
    // …and the restore itself can be undone.
    restoreSnapshot(path, kept!.name, (p) => openStore(p));
    expect(scoreCount(path)).toBe(merged);
  });

  it('only restores a snapshot of that store, by name', () => {
    const { db, path } = scenario();
    snapshotBefore(db, path, 'manual');
    db.close();
    const code = (name: string) => refusedCode(() => restoreSnapshot(path, name, openStore));
    expect(code('no-such.scoredesk-backup')).toBe('backup.notFound');
    // A path is reduced to its name: nothing outside the backups folder can be restored.
    expect(code('../../etc/passwd')).toBe('backup.notFound');
  });

  it('refuses a damaged snapshot', () => {
    const { db, path } = scenario();
    const snapshot = snapshotBefore(db, path, 'manual')!;
    db.close();
    truncateSync(snapshot.path, 8192);
    expect(refusedCode(() => restoreSnapshot(path, snapshot.name, openStore))).toBe(
      'backup.snapshotDamaged',
    );
  });
});

describe('a damaged store', () => {
  it('is refused on opening with the latest snapshot, and restored from the home screen', async () => {
    const { db, path, file } = scenario();
    mergeScoreFiles(db, [file]);
    const [good] = listSnapshots(path);
    db.close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));

    const backend = createBackend({
      dataDir: tempDir(),
      settings: confSettings(join(tempDir(), 'config')),
      shell: 'browser',
      version: 'test',
    });
    const refused = await backend.dispatch('competitions.open', { path });
    expect(refused.ok).toBe(false);
    const error = (refused as { errors: AppFailure['errors'] }).errors[0]!;
    expect(error.code).toBe('backup.storeDamaged');
    expect(error.params).toMatchObject({ path, latest: good!.name, count: 1 });

    const list = await backend.dispatch('backups.list', { path });
    expect(list).toMatchObject({ ok: true, value: { snapshots: [{ name: good!.name }] } });

    const restored = await backend.dispatch('backups.restore', { path, snapshot: good!.name });
    expect(restored).toMatchObject({ ok: true, value: { path, role: 'organizer' } });
    // The damaged file was moved aside, not deleted, and is not offered as a restore point.
    const reasons = listSnapshots(path).map((s) => s.reason);
    expect(reasons).toContain('damaged');
    const again = await backend.dispatch('backups.list', {});
    expect(again).toMatchObject({ ok: true, value: { path } });
    const current = await backend.dispatch('competitions.current', {});
    expect(current).toMatchObject({ ok: true, value: { path } });
    backend.session.close();
  });

  it('with bytes flipped inside its pages fails quick_check and is refused too', () => {
    const { db, path } = scenario();
    snapshotBefore(db, path, 'manual');
    db.close();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 1; (page + 1) * pageSize <= bytes.length; page++) {
      bytes.fill(0x5a, page * pageSize, page * pageSize + 12);
    }
    writeFileSync(path, bytes);
    expect(refusedCode(() => openStore(path))).toBe('backup.storeDamaged');
  });
});

describe('scoredesk backups / restore', () => {
  it('lists the snapshots and restores one, snapshotting first', async () => {
    const { db, path, file } = scenario();
    mergeScoreFiles(db, [file]);
    db.close();
    const [snapshot] = listSnapshots(path);
    const listed = await run(process.execPath, [bin, 'backups', path, '--lang', 'en']);
    expect(listed.stdout).toContain(snapshot!.name);
    expect(listed.stdout).toContain('Before a merge');
    const restored = await run(process.execPath, [bin, 'restore', path, snapshot!.name]);
    expect(restored.stdout).toContain('已把');
    expect(scoreCount(path)).toBe(0);
    expect(listSnapshots(path)[0]!.reason).toBe('restore');
    const missing = await run(process.execPath, [bin, 'restore', path, 'nope']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((missing as { code: number }).code).toBe(1);
  }, 90_000);
});
