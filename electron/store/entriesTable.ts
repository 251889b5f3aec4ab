import type { Entry, EntryInput, TeamMember } from '../../shared/domain/people';
import { compareRunningOrder } from '../../shared/scoring/entryOrder';
import type { Db } from './database';
import { nextIdentity } from './identityCounters';

interface EntryRow {
  id: number;
  track: string;
  track_position: number;
  group: string;
  no: string;
  draw_order: number | null;
  name: string;
  organization: string;
  region: string;
  title: string;
  status: Entry['status'];
}

const SELECT_ENTRY = `
  SELECT e.id, t.code AS track, t.position AS track_position, g.code AS "group", e.no, e.draw_order, e.name, e.organization,
         e.region, e.title, e.status
  FROM entries e JOIN tracks t ON t.id = e.track_id JOIN groups g ON g.id = e.group_id`;

/** Entries track by track in the running order (compareRunningOrder), as every list shows them. */
export function readEntries(db: Db, trackCode?: string): Entry[] {
  const rows = (
    trackCode === undefined
      ? db.prepare(`${SELECT_ENTRY} ORDER BY t.position, e.id`).all()
      : db.prepare(`${SELECT_ENTRY} WHERE t.code = ? ORDER BY e.id`).all(trackCode)
  ) as EntryRow[];
  // Numbers are text ("A-9" before "A-10") and entries not drawn yet go last: SQL's order is
  // neither, so the store sorts as the printouts do.
  rows.sort(
    (a, b) =>
      a.track_position - b.track_position ||
      compareRunningOrder(
        { drawOrder: a.draw_order, no: a.no },
        { drawOrder: b.draw_order, no: b.no },
      ) ||
      a.id - b.id,
  );
  const members = readMembers(db, trackCode);
  return rows.map((row) => toEntry(row, members.get(row.id) ?? []));
}

export function readEntry(db: Db, id: number): Entry | undefined {
  const row = db.prepare(`${SELECT_ENTRY} WHERE e.id = ?`).get(id) as EntryRow | undefined;
  if (!row) return undefined;
  const members = db
    .prepare('SELECT name, role FROM team_members WHERE entry_id = ? ORDER BY position')
    .all(id) as TeamMember[];
  return toEntry(row, members);
}

function readMembers(db: Db, trackCode?: string): Map<number, TeamMember[]> {
  const rows = db
    .prepare(
      `SELECT m.entry_id, m.name, m.role FROM team_members m
       JOIN entries e ON e.id = m.entry_id JOIN tracks t ON t.id = e.track_id
       WHERE @track IS NULL OR t.code = @track ORDER BY m.entry_id, m.position`,
    )
    .all({ track: trackCode ?? null }) as Array<TeamMember & { entry_id: number }>;
  const byEntry = new Map<number, TeamMember[]>();
  for (const { entry_id, name, role } of rows) {
    const list = byEntry.get(entry_id) ?? [];
    list.push({ name, role });
    byEntry.set(entry_id, list);
  }
  return byEntry;
}

function toEntry(row: EntryRow, members: TeamMember[]): Entry {
  return {
    id: row.id,
    track: row.track,
    group: row.group,
    no: row.no,
    drawOrder: row.draw_order,
    name: row.name,
    organization: row.organization,
    region: row.region,
    title: row.title,
    status: row.status,
    members,
  };
}

export function entryNoTaken(db: Db, trackId: number, no: string, exceptId?: number): boolean {
  return !!db
    .prepare('SELECT 1 FROM entries WHERE track_id = ? AND no = ? AND id IS NOT ?')
    .get(trackId, no, exceptId ?? null);
}

/** The entry numbers of a track, for comparing a new one after normalization. */
export function entryNumbers(db: Db, trackId: number): Array<{ id: number; no: string }> {
  return db.prepare('SELECT id, no FROM entries WHERE track_id = ?').all(trackId) as Array<{
    id: number;
    no: string;
  }>;
}

export function groupId(db: Db, trackId: number, code: string): number | undefined {
  const row = db
    .prepare('SELECT id FROM groups WHERE track_id = ? AND code = ?')
    .get(trackId, code) as { id: number } | undefined;
  return row?.id;
}

/** Inserts or updates an entry with its members; returns its id. */
export function writeEntry(
  db: Db,
  ids: { trackId: number; groupId: number },
  entry: EntryInput,
): number {
  const now = new Date().toISOString();
  const columns = {
    track_id: ids.trackId,
    group_id: ids.groupId,
    no: entry.no,
    name: entry.name,
    organization: entry.organization,
    region: entry.region,
    title: entry.title,
    status: entry.status,
    now,
  };
  let id = entry.id;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO entries (id, track_id, group_id, no, name, organization, region, title, status, created_at, updated_at)
           VALUES (@id, @track_id, @group_id, @no, @name, @organization, @region, @title, @status, @now, @now)`,
        )
        .run({ ...columns, id: nextIdentity(db, 'entry') }).lastInsertRowid,
    );
  } else {
    db.prepare(
      `UPDATE entries SET track_id = @track_id, group_id = @group_id, no = @no, name = @name,
       organization = @organization, region = @region, title = @title, status = @status,
       updated_at = @now WHERE id = @id`,
    ).run({ ...columns, id });
  }
  db.prepare('DELETE FROM team_members WHERE entry_id = ?').run(id);
  const insertMember = db.prepare(
    'INSERT INTO team_members (entry_id, position, name, role) VALUES (?, ?, ?, ?)',
  );
  for (const [position, member] of entry.members.entries()) {
    insertMember.run(id, position, member.name, member.role);
  }
  return id;
}

export function countEntries(db: Db, trackId: number): number {
  return (
    db.prepare('SELECT COUNT(*) AS n FROM entries WHERE track_id = ?').get(trackId) as { n: number }
  ).n;
}

export function entryHasMarks(db: Db, id: number): boolean {
  return !!db
    .prepare(
      `SELECT 1 FROM scores WHERE entry_id = @id UNION ALL SELECT 1 FROM objective_scores WHERE entry_id = @id
       UNION ALL SELECT 1 FROM penalties WHERE entry_id = @id LIMIT 1`,
    )
    .get({ id });
}

export function deleteEntry(db: Db, id: number): void {
  db.prepare('DELETE FROM entries WHERE id = ?').run(id);
}
