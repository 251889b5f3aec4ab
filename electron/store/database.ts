import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/errors';
import { assertSound, damagedStore } from './damagedStore';
import { assertOwnSchema } from './foreignStore';
import { isCorruption } from './integrity';
import { removeLeftovers } from './leftovers';
import { latestVersion, type Migration, migrations } from './migrations';
import { isWritable, readOnlyCopy } from './readOnlyStore';
import { backupDir } from './snapshots';

export type Db = Database.Database;

/** Marks a SQLite file as ScoreDesk's ("SCDK"), so other SQLite files are told apart. */
export const APPLICATION_ID = 0x5343444b;
const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens a competition store. A power cut must not roll back an acknowledged score, hence WAL
 * with synchronous=FULL; a store written by a newer ScoreDesk is refused, never migrated down.
 */
export function openStore(path: string, options: { create?: boolean } = {}): Db {
  const exists = existsSync(path);
  if (options.create && exists) throw AppFailure.of('store.exists', { path });
  if (!options.create) {
    if (!exists) throw AppFailure.of('store.notFound', { path });
    if (!looksLikeSqlite(path)) throw AppFailure.of('store.notScoreDesk', { path });
  }
  if (!options.create && !isWritable(path)) return openReadOnly(path);
  if (!options.create) removeLeftovers(backupDir(path), path);
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create });
  } catch (error) {
    throw AppFailure.of('store.readOnly', { path, detail: String(error) });
  }
  try {
    // Read-only checks come before configure(), whose journal_mode write would otherwise change
    // a file that is not ours, is newer than us, or is damaged.
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (!options.create && appId !== APPLICATION_ID) {
      throw AppFailure.of('store.notScoreDesk', { path });
    }
    if (version > latestVersion) {
      throw AppFailure.of('store.newerVersion', {
        path,
        found: version,
        supported: latestVersion,
      });
    }
    // A damaged store says so (with the snapshot to go back to) instead of failing later.
    if (!options.create) assertSound(db, path);
    // A trigger, view or table another program put in the file would run inside our writes:
    // refused before configure() and the migrations write anything.
    if (!options.create) assertOwnSchema(db, path);
    configure(db);
    if (version < latestVersion) {
      if (version > 0) backupBeforeMigration(db, path, version);
      migrate(db, version);
    }
    return db;
  } catch (error) {
    db.close();
    if (!options.create && isCorruption(error)) throw damagedStore(path, String(error));
    throw error;
  }
}

/**
 * A store the disk will not let us write (a write-protected card, a locked file, a read-only
 * share): shown and exported, never changed. Opened from a private copy because SQLite cannot
 * even read a WAL store in a folder where it may not make its `-shm` file; every write is then
 * refused as `store.openedReadOnly` (the connection is read-only; see diskFaults.ts).
 */
function openReadOnly(path: string): Db {
  if (!looksLikeSqlite(path)) throw AppFailure.of('store.notScoreDesk', { path });
  const db = new Database(readOnlyCopy(path), { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      throw AppFailure.of('store.notScoreDesk', { path });
    }
    // Migrating is writing: an older store on a read-only disk is read as a copy moved to the
    // local disk would be, not guessed at.
    if (version !== latestVersion) {
      throw AppFailure.of('store.readOnlyOld', { path, found: version, supported: latestVersion });
    }
    assertSound(db, path);
    assertOwnSchema(db, path);
    db.pragma('foreign_keys = ON');
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    return db;
  } catch (error) {
    db.close();
    if (isCorruption(error)) throw damagedStore(path, String(error));
    throw error;
  }
}

function configure(db: Db): void {
  // First: the pragmas after it may need a lock another process holds.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Reads through a memory map rather than a system call a page: computing results scans every
  // mark (70 MB at national scale), twice as fast so. Writes still go through the journal. Stores
  // live in the app's data folder on the local disk, where a read cannot fail half-way (on a
  // pulled USB stick a mapped read would stop the process rather than return an error).
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
}

/** Larger than any real store; the map covers the file as it is, never reserves this much. */
const MMAP_BYTES = 1024 * 1024 * 1024;

function migrate(db: Db, from: number): void {
  for (const migration of migrations.filter((m) => m.version > from)) {
    applyMigration(db, migration);
  }
}

/** One transaction per migration: a failed one leaves the store at the previous version. */
function applyMigration(db: Db, migration: Migration): void {
  db.transaction(() => {
    migration.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${migration.version}`);
  }).immediate();
}

function backupBeforeMigration(db: Db, path: string, version: number): void {
  const target = `${path}.v${version}-${Date.now()}.bak`;
  db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
}

function looksLikeSqlite(path: string): boolean {
  if (statSync(path).size < 100) return false;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `work` in one transaction: every multi-row change is all or nothing.
 *
 * IMMEDIATE, not SQLite's default DEFERRED: a deferred transaction that has read takes the write
 * lock only at its first write, and in WAL mode it cannot wait there (waiting would let it write
 * over a state it did not read), so a second writer failed at once with "database is locked"
 * despite the busy timeout. Taking the write lock at BEGIN waits the busy timeout instead.
 * A read-only store can take no write lock; its transactions are read transactions.
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  const transaction = db.transaction(work);
  return db.readonly ? transaction.deferred() : transaction.immediate();
}

/** Reads in one consistent state, taking no write lock (results, exports, `scoredesk results`). */
export function readTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).deferred();
}
