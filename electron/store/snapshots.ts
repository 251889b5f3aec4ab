import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/errors';
import type { Db } from './database';
import { assertOwnSchema } from './foreignStore';
import { checkHealth } from './integrity';
import { partialPath, removeLeftovers, restoringPath, whileWriting } from './leftovers';
import {
  newestFirst,
  parseSnapshotName,
  REASON,
  SNAPSHOT_EXTENSION,
  type SnapshotName,
  snapshotName,
} from './snapshotNames';

// Automatic snapshots of a competition store, kept next to it in `<store>.backups/`, newest 20
// by the order they were taken (see snapshotNames.ts for why not by the clock).
//
// Why VACUUM INTO and not better-sqlite3's db.backup(): the services that need a snapshot (merge,
// results lock, imports) are synchronous and run their change right after it. db.backup() is
// async (it copies pages between event-loop turns), so the change would have to wait for a
// promise, and a write that slipped in between would be in neither the snapshot nor the "before"
// state. VACUUM INTO runs in one read transaction on the same connection: it returns only when
// the copy is complete and consistent (WAL content included), it cannot interleave with our own
// writes, and the copy is compact and self-contained (no -wal file). Its cost, a full rewrite,
// is a few milliseconds for a competition store. It cannot run inside a transaction, so callers
// take the snapshot before they open theirs.

export const KEEP_SNAPSHOTS = 20;
export { SNAPSHOT_EXTENSION };

export interface Snapshot {
  /** File name inside the backups folder; what `restore` takes. */
  name: string;
  path: string;
  /** ISO time the snapshot was taken (by the computer's clock then: for people, not order). */
  at: string;
  reason: string;
  size: number;
  /** The order snapshots were taken in; the highest is the latest. 0 for old-style names. */
  sequence: number;
}

export function backupDir(storePath: string): string {
  return `${storePath}.backups`;
}

function isFileStore(path: string): boolean {
  return path !== '' && path !== ':memory:' && !path.startsWith('file::memory:');
}

/**
 * A consistent copy of the store as it is now, before a change named by `reason` (merge, lock,
 * roster-import, sheet-import, restore…). Must be called outside a transaction. Keeps the newest
 * KEEP_SNAPSHOTS (and `keep`, the one a restore is putting back). Returns the snapshot, or null
 * for a store that is not a file (tests in memory).
 */
export function snapshotBefore(
  db: Db,
  path: string,
  reason: string,
  keep?: string,
): Snapshot | null {
  if (!isFileStore(path)) return null;
  // A store opened from a read-only disk is never changed: said before any copy is made.
  if (db.readonly) throw AppFailure.of('store.openedReadOnly');
  if (!REASON.test(reason)) throw new Error(`snapshot reason must match ${REASON}: ${reason}`);
  if (db.inTransaction) throw new Error('snapshotBefore must run outside a transaction');
  const dir = backupDir(path);
  const target = join(dir, nextName(path, reason));
  const partial = partialPath(target);
  try {
    mkdirSync(dir, { recursive: true });
    db.exec(`VACUUM INTO '${partial.replaceAll("'", "''")}'`);
    // Only a complete copy gets a snapshot's name: a crash mid-copy leaves no false snapshot.
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw AppFailure.of('backup.failed', { path: target, detail: String(error) });
  }
  rotate(path, keep);
  return snapshotAt(dir, basename(target))!;
}

/** One more than the highest number in the folder, damaged files moved aside included. */
function nextName(storePath: string, reason: string): string {
  const dir = backupDir(storePath);
  let sequence = 1 + Math.max(0, ...listSnapshots(storePath).map((s) => s.sequence));
  let name = snapshotName(sequence, new Date(), reason);
  while (existsSync(join(dir, name))) name = snapshotName(++sequence, new Date(), reason);
  return name;
}

function snapshotAt(dir: string, name: string): Snapshot | null {
  const parsed = parseSnapshotName(name);
  if (!parsed) return null;
  const path = join(dir, name);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  return { name, path, at: parsed.at, reason: parsed.reason, size, sequence: parsed.sequence };
}

/** The store's snapshots, newest first (highest number). Clears what a killed snapshot left. */
export function listSnapshots(storePath: string): Snapshot[] {
  const dir = backupDir(storePath);
  removeLeftovers(dir, storePath);
  if (!existsSync(dir)) return [];
  const parsed = new Map<string, SnapshotName>();
  for (const name of readdirSync(dir)) {
    const p = parseSnapshotName(name);
    if (p) parsed.set(name, p);
  }
  return [...parsed.keys()]
    .sort((a, b) => newestFirst(parsed.get(a)!, parsed.get(b)!))
    .map((name) => snapshotAt(dir, name))
    .filter((s): s is Snapshot => s !== null);
}

/**
 * Keeps the newest KEEP_SNAPSHOTS restore points. A damaged file moved aside is not one and is
 * never rotated out: it is what the user had. `keep` survives even when it is the oldest.
 */
function rotate(storePath: string, keep: string | undefined): void {
  const points = listSnapshots(storePath).filter((s) => s.reason !== 'damaged');
  for (const old of points.slice(KEEP_SNAPSHOTS)) {
    if (old.name !== keep) rmSync(old.path, { force: true });
  }
}

/**
 * Is the snapshot file itself a sound store, and one of ours? A restore never replaces a store
 * with junk, nor with a file holding a trigger or a view another program put in the folder.
 */
function assertRestorable(snapshot: Snapshot): void {
  let db: Db | null = null;
  try {
    try {
      db = new Database(snapshot.path, { readonly: true, fileMustExist: true });
    } catch {
      throw AppFailure.of('backup.snapshotDamaged', { name: snapshot.name });
    }
    if (!checkHealth(db).ok) throw AppFailure.of('backup.snapshotDamaged', { name: snapshot.name });
    assertOwnSchema(db, snapshot.path);
  } finally {
    db?.close();
  }
}

/** The snapshot of that store with that file name — never a path from outside the folder. */
export function findSnapshot(storePath: string, name: string): Snapshot {
  const found = listSnapshots(storePath).find((s) => s.name === basename(name));
  if (!found) throw AppFailure.of('backup.notFound', { name });
  return found;
}

/**
 * Puts a snapshot back in place of the store, which must be closed. The snapshot is copied
 * beside the store first, so that nothing done after can lose it; then the current state is
 * kept, as a snapshot ("restore") when the store is sound (the one being restored protected from
 * that snapshot's rotation), or, when it is damaged, moved aside as it is (`…--damaged`) so that
 * nothing the user had is ever deleted by a restore. A restore that fails leaves the store as
 * it was.
 */
export function restoreSnapshot(
  storePath: string,
  name: string,
  open: (path: string) => Db,
): Snapshot {
  const snapshot = findSnapshot(storePath, name);
  assertRestorable(snapshot);
  const staging = restoringPath(storePath);
  whileWriting(staging, () => {
    try {
      copyFileSync(snapshot.path, staging);
      if (existsSync(storePath)) keepCurrent(storePath, open, snapshot.name);
      for (const suffix of ['-wal', '-shm']) rmSync(`${storePath}${suffix}`, { force: true });
      renameSync(staging, storePath);
    } finally {
      rmSync(staging, { force: true });
    }
  });
  return snapshot;
}

function keepCurrent(storePath: string, open: (path: string) => Db, restoring: string): void {
  let db: Db | null = null;
  try {
    db = open(storePath);
  } catch {
    db = null;
  }
  try {
    if (db && checkHealth(db).ok) {
      snapshotBefore(db, storePath, 'restore', restoring);
      return;
    }
  } finally {
    db?.close();
  }
  const dir = backupDir(storePath);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, nextName(storePath, 'damaged'));
  // Moved, not copied: a damaged file is not worth the disk twice, and the WAL goes with it.
  renameSync(storePath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${storePath}${suffix}`))
      renameSync(`${storePath}${suffix}`, `${target}${suffix}`);
  }
}

/** The newest snapshot worth offering: not a damaged file moved aside. */
export function latestGoodSnapshot(storePath: string): Snapshot | null {
  return listSnapshots(storePath).find((s) => s.reason !== 'damaged') ?? null;
}
