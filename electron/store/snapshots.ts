import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/errors';
import type { Db } from './database';
import { checkHealth } from './integrity';

// Automatic snapshots of a competition store, kept next to it in `<store>.backups/`, newest 20.
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
export const SNAPSHOT_EXTENSION = '.scoredesk-backup';
/** Reasons are short codes; the screens translate the known ones (`backup.reason.*`). */
const REASON = /^[a-z][a-z0-9-]{0,39}$/;
const NAME = /^(\d{8}-\d{6}-\d{3})(?:-(\d+))?--([a-z][a-z0-9-]{0,39})\.scoredesk-backup$/;

export interface Snapshot {
  /** File name inside the backups folder; what `restore` takes. */
  name: string;
  path: string;
  /** ISO time the snapshot was taken. */
  at: string;
  reason: string;
  size: number;
}

export function backupDir(storePath: string): string {
  return `${storePath}.backups`;
}

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-10-21T09:30:00.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(16, 19)}Z`;
}

function isFileStore(path: string): boolean {
  return path !== '' && path !== ':memory:' && !path.startsWith('file::memory:');
}

/**
 * A consistent copy of the store as it is now, before a change named by `reason` (merge, lock,
 * roster-import, sheet-import, restore…). Must be called outside a transaction. Keeps the newest
 * KEEP_SNAPSHOTS. Returns the snapshot, or null for a store that is not a file (tests in memory).
 */
export function snapshotBefore(db: Db, path: string, reason: string): Snapshot | null {
  if (!isFileStore(path)) return null;
  if (!REASON.test(reason)) throw new Error(`snapshot reason must match ${REASON}: ${reason}`);
  if (db.inTransaction) throw new Error('snapshotBefore must run outside a transaction');
  const dir = backupDir(path);
  mkdirSync(dir, { recursive: true });
  const base = stamp(new Date());
  let name = `${base}--${reason}${SNAPSHOT_EXTENSION}`;
  for (let n = 2; existsSync(join(dir, name)); n++) {
    name = `${base}-${n}--${reason}${SNAPSHOT_EXTENSION}`;
  }
  const target = join(dir, name);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.exec(`VACUUM INTO '${partial.replaceAll("'", "''")}'`);
    // Only a complete copy gets a snapshot's name: a crash mid-copy leaves no false snapshot.
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw AppFailure.of('backup.failed', { path: target, detail: String(error) });
  }
  rotate(dir);
  return snapshotAt(dir, name)!;
}

function snapshotAt(dir: string, name: string): Snapshot | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const path = join(dir, name);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  return { name, path, at: stampToIso(match[1]!), reason: match[3]!, size };
}

/** The store's snapshots, newest first. */
export function listSnapshots(storePath: string): Snapshot[] {
  const dir = backupDir(storePath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => snapshotAt(dir, name))
    .filter((s): s is Snapshot => s !== null)
    .sort((a, b) => order(b.name).localeCompare(order(a.name)));
}

/** Sort key: the time, then the same-millisecond counter (zero-padded so 10 sorts after 9). */
function order(name: string): string {
  const match = NAME.exec(name)!;
  return `${match[1]}-${(match[2] ?? '1').padStart(6, '0')}`;
}

function rotate(dir: string): void {
  for (const old of listSnapshots(dir.slice(0, -'.backups'.length)).slice(KEEP_SNAPSHOTS)) {
    rmSync(old.path, { force: true });
  }
}

/** Is the snapshot file itself a sound store? (A restore never replaces a store with junk.) */
function snapshotIsSound(path: string): boolean {
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return checkHealth(db).ok;
  } catch {
    return false;
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
 * Puts a snapshot back in place of the store, which must be closed. The current state is kept
 * first: as a snapshot ("restore") when the store is sound, or, when it is damaged, moved aside
 * as it is (`…--damaged`) so that nothing the user had is ever deleted by a restore.
 */
export function restoreSnapshot(
  storePath: string,
  name: string,
  open: (path: string) => Db,
): Snapshot {
  const snapshot = findSnapshot(storePath, name);
  if (!snapshotIsSound(snapshot.path)) {
    throw AppFailure.of('backup.snapshotDamaged', { name: snapshot.name });
  }
  if (existsSync(storePath)) keepCurrent(storePath, open);
  const staging = join(dirname(storePath), `.${basename(storePath)}.restoring`);
  copyFileSync(snapshot.path, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${storePath}${suffix}`, { force: true });
  renameSync(staging, storePath);
  return snapshot;
}

function keepCurrent(storePath: string, open: (path: string) => Db): void {
  let db: Db | null = null;
  try {
    db = open(storePath);
  } catch {
    db = null;
  }
  try {
    if (db && checkHealth(db).ok) {
      snapshotBefore(db, storePath, 'restore');
      return;
    }
  } finally {
    db?.close();
  }
  const dir = backupDir(storePath);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${stamp(new Date())}--damaged${SNAPSHOT_EXTENSION}`);
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
