import { rmSync } from 'node:fs';
import type { CompetitionInfo } from '../../shared/domain/competition';
import { AppFailure } from '../../shared/errors';
import { type Db, openStore } from '../store/database';
import { createCompetitionStore } from './competitionService';
import { ensureDir, storeFileName } from './storeFiles';

/** The competition store this window works on; the main process is its only writer. */
export class Session {
  private current: { path: string; db: Db } | null = null;

  constructor(readonly dataDir: string) {}

  get path(): string | null {
    return this.current?.path ?? null;
  }

  db(): Db {
    if (!this.current) throw AppFailure.of('error.noCompetition');
    return this.current.db;
  }

  create(info: CompetitionInfo, template: string): string {
    ensureDir(this.dataDir);
    const path = storeFileName(this.dataDir, info.name);
    let db: Db;
    try {
      db = createCompetitionStore(path, info, template);
    } catch (error) {
      // A store that failed half-way is not a competition: leave nothing behind.
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      throw error;
    }
    this.replace(path, db);
    return path;
  }

  open(path: string): void {
    if (this.current?.path === path) return;
    this.replace(path, openStore(path));
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }

  private replace(path: string, db: Db): void {
    this.close();
    this.current = { path, db };
  }
}
