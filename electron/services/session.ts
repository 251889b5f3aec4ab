import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CompetitionInfo } from '../../shared/domain/competition';
import { AppFailure } from '../../shared/errors';
import { type Db, openStore } from '../store/database';
import { isReadOnlyCopy } from '../store/readOnlyStore';
import { takeWriterLock, type WriterLock } from '../store/writerLock';
import { createCompetitionStore } from './competitionService';
import { ensureDir, storeFileName } from './storeFiles';

/**
 * The competition store this window works on; the main process is its only writer, and holds
 * the store's writer lock while it is open, so the command line will not change it meanwhile.
 */
export class Session {
  private current: { path: string; db: Db; lock: WriterLock } | null = null;

  constructor(readonly dataDir: string) {}

  get path(): string | null {
    return this.current?.path ?? null;
  }

  /** Open from a read-only disk: shown and exported, never changed. */
  get readOnly(): boolean {
    return this.current?.db.readonly ?? false;
  }

  db(): Db {
    if (!this.current) throw AppFailure.of('error.noCompetition');
    return this.current.db;
  }

  create(info: CompetitionInfo, template: string): string {
    ensureDir(this.dataDir);
    const path = storeFileName(this.dataDir, info.name);
    const lock = takeWriterLock(path);
    let db: Db;
    try {
      db = createCompetitionStore(path, info, template);
    } catch (error) {
      lock.release();
      // A store that failed half-way is not a competition: leave nothing behind.
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      throw error;
    }
    this.replace(path, db, lock);
    return path;
  }

  open(path: string): void {
    if (this.current?.path === path) return;
    // Taken before the other store is let go: a refusal leaves this window as it was.
    const lock = this.current && sameFile(this.current.path, path) ? null : takeWriterLock(path);
    let db: Db;
    try {
      db = openStore(path);
    } catch (error) {
      lock?.release();
      throw error;
    }
    this.replace(path, db, lock ?? this.current!.lock);
  }

  /**
   * Runs `work` on the store's file with its connection closed but its writer lock kept (a
   * restore replaces the file), then opens the store again whatever happened: a restore that
   * failed leaves the competition open as it was. A store not open here (a damaged one, from
   * the home screen) is locked for the while, and opened after.
   */
  replaceFile<T>(path: string, work: () => T): T {
    const open = this.current && sameFile(this.current.path, path) ? this.current : null;
    const lock = open?.lock ?? takeWriterLock(path);
    if (open) {
      closeStore(open.db);
      this.current = null;
    }
    let result: T;
    try {
      result = work();
    } catch (error) {
      if (open) this.reopen(open.path, lock);
      else lock.release();
      throw error;
    }
    if (!open) this.close();
    this.reopen(open?.path ?? path, lock);
    return result;
  }

  close(): void {
    if (!this.current) return;
    closeStore(this.current.db);
    this.current.lock.release();
    this.current = null;
  }

  private reopen(path: string, lock: WriterLock): void {
    try {
      this.current = { path, db: openStore(path), lock };
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private replace(path: string, db: Db, lock: WriterLock): void {
    if (this.current) {
      closeStore(this.current.db);
      if (this.current.lock !== lock) this.current.lock.release();
    }
    this.current = { path, db, lock };
  }
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** Closes the connection; a read-only store's private copy goes with it. */
export function closeStore(db: Db): void {
  const name = db.name;
  db.close();
  if (isReadOnlyCopy(name)) rmSync(dirname(name), { recursive: true, force: true });
}
