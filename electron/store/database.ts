import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/errors';
import { assertSound, damagedStore } from './damagedStore';
import { isCorruption } from './integrity';
import { latestVersion, type Migration, migrations } from './migrations';

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

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
  })();
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

/** Runs `work` in one transaction: every multi-row change is all or nothing. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work)();
}
