import Database from 'better-sqlite3';
import type { CompetitionInfo } from '../../shared/domain/competition';
import { APPLICATION_ID } from './database';

export interface PeekedStore extends CompetitionInfo {
  id: string;
  role: 'organizer' | 'judge';
}

/**
 * What a competition file says it is, read without opening it as a store: the home screen lists
 * every file of the data folder, and opening one would migrate it, back it up, or take the lock
 * another window holds. Undefined for a file that is not a sound ScoreDesk store.
 */
export function peekStore(path: string): PeekedStore | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return undefined;
    const row = db
      .prepare(
        `SELECT id, name, edition, start_date AS startDate, end_date AS endDate, venue
         FROM competition`,
      )
      .get() as Omit<PeekedStore, 'role'> | undefined;
    if (!row) return undefined;
    return { ...row, role: peekRole(db) };
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/** Stores made before roles were recorded are the organizer's. */
function peekRole(db: Database.Database): PeekedStore['role'] {
  try {
    const row = db.prepare('SELECT role FROM store_role').get() as { role: string } | undefined;
    return row?.role === 'judge' ? 'judge' : 'organizer';
  } catch {
    return 'organizer';
  }
}
