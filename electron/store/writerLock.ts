import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../shared/errors';

// One writer at a time per competition file: the app (or `scoredesk serve`) holds it while the
// store is open, a writing command of the command line while it runs. Without it a
// `scoredesk restore` replaced the file under the app's open connection, and everything the app
// saved afterwards went into a file that no longer had a name.
//
// Why an OS lock taken through SQLite on a side file, and not a lock file with a process id: the
// operating system drops a process's locks when it ends, however it ends (killed, crashed, power
// cut), so the lock cannot go stale; a pid file would need a liveness check that a reused process
// id defeats, and breaks on a share where the holder's pid means nothing. SQLite's EXCLUSIVE lock
// is the OS lock (fcntl on Linux and macOS, LockFileEx on Windows) with the platforms' quirks
// already handled, including two connections in one process. The store's own file cannot carry
// it: an exclusive lock there would stop the holder's own readers and the CLI's reading
// commands. The side file stays after use; it is empty and means nothing without the lock.

export interface WriterLock {
  release(): void;
}

export function lockPath(storePath: string): string {
  return `${resolve(storePath)}.in-use`;
}

/**
 * Takes the store's writer lock, or refuses at once with `store.inUse`. Where the lock file
 * cannot be made (a read-only disk) no one can write the store anyway: no lock is needed.
 */
export function takeWriterLock(storePath: string): WriterLock {
  const path = lockPath(storePath);
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 0 });
  } catch {
    return { release: () => {} };
  }
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw AppFailure.of('store.inUse', { path: resolve(storePath) });
    }
    if (code === 'SQLITE_NOTADB') {
      // Not written by us (we never write it): replaced, and tried once more.
      rmSync(path, { force: true });
      return takeWriterLock(storePath);
    }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      return { release: () => {} };
    }
    throw error;
  }
  let held = true;
  return {
    release: () => {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}

/** Runs `work` holding the store's writer lock (the command line's writing commands). */
export async function withWriterLock<T>(storePath: string, work: () => T | Promise<T>): Promise<T> {
  const lock = takeWriterLock(storePath);
  try {
    return await work();
  } finally {
    lock.release();
  }
}
