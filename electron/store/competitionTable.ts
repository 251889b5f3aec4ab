import type { CompetitionInfo } from '../../shared/domain/competition';
import type { Db } from './database';

interface CompetitionRow {
  id: string;
  name: string;
  edition: string;
  start_date: string;
  end_date: string;
  venue: string;
  template: string;
  created_at: string;
}

export interface CompetitionRecord extends CompetitionInfo {
  id: string;
  template: string;
  createdAt: string;
}

export function insertCompetition(db: Db, record: CompetitionRecord): void {
  db.prepare(
    `INSERT INTO competition (singleton, id, name, edition, start_date, end_date, venue, template, created_at)
     VALUES (1, @id, @name, @edition, @startDate, @endDate, @venue, @template, @createdAt)`,
  ).run(record);
}

/**
 * The competition's Ed25519 key: both halves on the organizer's side, the pinned public half in
 * a judge's copy; null in a store made before format version 2 until it first signs.
 */
export interface CompetitionKeys {
  publicKey: string | null;
  signingKey: string | null;
}

export function readCompetitionKeys(db: Db): CompetitionKeys {
  return db
    .prepare('SELECT public_key AS publicKey, signing_key AS signingKey FROM competition')
    .get() as CompetitionKeys;
}

export function writeCompetitionKeys(db: Db, keys: CompetitionKeys): void {
  db.prepare('UPDATE competition SET public_key = @publicKey, signing_key = @signingKey').run(keys);
}

export function readCompetition(db: Db): CompetitionRecord {
  const row = db
    .prepare(
      'SELECT id, name, edition, start_date, end_date, venue, template, created_at FROM competition',
    )
    .get() as CompetitionRow | undefined;
  if (!row) throw new Error('competition row missing');
  return {
    id: row.id,
    name: row.name,
    edition: row.edition,
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    template: row.template,
    createdAt: row.created_at,
  };
}

export function updateCompetitionInfo(db: Db, info: CompetitionInfo): void {
  db.prepare(
    `UPDATE competition SET name = @name, edition = @edition, start_date = @startDate,
     end_date = @endDate, venue = @venue`,
  ).run(info);
}
