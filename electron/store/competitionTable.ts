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

export function insertCompetition(db: Db, record: CompetitionRecord & { secretKey: string }): void {
  db.prepare(
    `INSERT INTO competition (singleton, id, name, edition, start_date, end_date, venue, secret_key, template, created_at)
     VALUES (1, @id, @name, @edition, @startDate, @endDate, @venue, @secretKey, @template, @createdAt)`,
  ).run(record);
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
