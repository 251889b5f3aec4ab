import type { Track } from '../../shared/domain/rubric';
import type { JudgeFile } from '../../shared/formats/judgeFile';
import { insertCompetition, updateCompetitionInfo, writeCompetitionKeys } from './competitionTable';
import type { Db } from './database';
import { writeJudgeRole } from './roleTable';
import { insertTrack, replaceTrack, trackId } from './tracksTable';

// A judge's own store, made from a judge file and brought up to date by the newer ones: the
// organizer's ids are kept, so the score file speaks of the same entries, judge and competition.

/** Fills a new judge store from its first judge file, pinning the competition's public key. */
export function fillJudgeStore(db: Db, file: JudgeFile): void {
  const now = new Date().toISOString();
  const { publicKey, ...competition } = file.competition;
  insertCompetition(db, { ...competition, template: 'judge-file', createdAt: now });
  writeCompetitionKeys(db, { publicKey, signingKey: null });
  const { judge } = file;
  db.prepare(
    `INSERT INTO judges (id, name, organization, region, key_epoch, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(judge.id, judge.name, judge.organization, judge.region, judge.keyEpoch, now);
  syncPanel(db, file);
}

/**
 * Brings a judge store up to a newer judge file of the same judge: the rubric and the entries
 * as the file has them, every mark kept. An entry the file no longer lists stays, withdrawn and
 * marked removed, with its marks (they no longer travel). The caller has checked that every
 * mark still fits the file's rubric (`cellsOffRubric`).
 */
export function syncPanel(db: Db, file: JudgeFile): void {
  const now = new Date().toISOString();
  const { judge } = file;
  // A re-issue may move entries to a group the same file creates, or drop the group they were
  // in: the foreign keys are checked once everything is in place, when the transaction commits.
  db.pragma('defer_foreign_keys = ON');
  // A competition renamed at the head table is renamed on the judge's sheet by the next file.
  const { publicKey: _pinned, id: _id, ...info } = file.competition;
  updateCompetitionInfo(db, info);
  db.prepare(
    'UPDATE judges SET name = ?, organization = ?, region = ?, key_epoch = ? WHERE id = ?',
  ).run(judge.name, judge.organization, judge.region, judge.keyEpoch, judge.id);
  for (const track of file.tracks) {
    const id = trackId(db, track.code);
    if (id === undefined) insertTrack(db, track);
    else replaceTrack(db, id, track);
  }
  const trackIds = new Map(file.tracks.map((t) => [t.code, trackId(db, t.code)!]));
  db.prepare('DELETE FROM panel_members WHERE judge_id = ?').run(judge.id);
  const member = db.prepare(
    'INSERT INTO panel_members (judge_id, track_id, seat) VALUES (?, ?, ?)',
  );
  for (const [code, id] of trackIds) member.run(judge.id, id, judge.seats?.[code] ?? null);

  const before = new Map(
    (db.prepare('SELECT id, no FROM entries').all() as Array<{ id: number; no: string }>).map(
      (row) => [row.id, row.no],
    ),
  );
  // Numbers are unique per track, and a re-issue may swap two of them or give a removed entry's
  // number to a newcomer: every number is parked on a value no real number can take first.
  db.prepare('UPDATE entries SET no = char(1) || id').run();
  const upsert = db.prepare(
    `INSERT INTO entries (id, track_id, group_id, no, draw_order, name, organization, region,
       title, status, created_at, updated_at, removed_at)
     VALUES (@id, @trackId, (SELECT id FROM groups WHERE track_id = @trackId AND code = @group),
       @no, @drawOrder, @name, @organization, @region, @title, @status, @now, @now, NULL)
     ON CONFLICT (id) DO UPDATE SET track_id = excluded.track_id, group_id = excluded.group_id,
       no = excluded.no, draw_order = excluded.draw_order, name = excluded.name,
       organization = excluded.organization, region = excluded.region, title = excluded.title,
       status = excluded.status, updated_at = excluded.updated_at, removed_at = NULL`,
  );
  const listed = new Set<number>();
  for (const { recusal: _recusal, ...entry } of file.entries) {
    upsert.run({ ...entry, trackId: trackIds.get(entry.track), now });
    listed.add(entry.id);
  }
  // The judge's recusals as the newest file has them, in the same table the organizer keeps
  // them in. The source column only matters to the organizer's automatic pass, which never runs
  // in a judge's store: 'manual' says the judge's copy was told, not that it guessed.
  db.prepare('DELETE FROM recusals WHERE judge_id = ?').run(judge.id);
  const recuse = db.prepare(
    `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at)
     VALUES (?, ?, ?, 'manual', ?)`,
  );
  for (const entry of file.entries) {
    if (entry.recusal) recuse.run(judge.id, entry.id, entry.recusal.reason, now);
  }
  const taken = db.prepare('SELECT 1 FROM entries WHERE track_id = ? AND no = ?');
  const remove = db.prepare(
    `UPDATE entries SET no = ?, status = 'withdrawn', draw_order = NULL,
       removed_at = COALESCE(removed_at, ?) WHERE id = ?`,
  );
  const stored = db.prepare('SELECT id, track_id AS trackId FROM entries').all() as Array<{
    id: number;
    trackId: number;
  }>;
  for (const { id, trackId: tId } of stored) {
    if (listed.has(id)) continue;
    const no = before.get(id) ?? String(id);
    remove.run(taken.get(tId, no) ? `${no}#${id}` : no, now, id);
  }
  // A removed entry whose group the file dropped waits in its track's default group.
  db.prepare(
    `UPDATE entries SET group_id = (SELECT g.id FROM groups g WHERE g.track_id = entries.track_id
       ORDER BY g.is_default DESC, g.position LIMIT 1)
     WHERE group_id NOT IN (SELECT id FROM groups)`,
  ).run();
  writeJudgeRole(db, judge.id, file.rubricFingerprint);
}

export interface OffRubricCell {
  entryNo: string;
  criterion: string;
  value: number;
}

/**
 * The judge's marks that a judge file's rubric has no room for: a removed criterion, a lower
 * maximum, a step the mark no longer fits. Marks of a track the judge no longer sits on are not
 * among them: that track's entries stay, removed, with their marks.
 */
export function cellsOffRubric(db: Db, tracks: readonly Track[]): OffRubricCell[] {
  const scale = new Map<string, { max: number; step: number }>();
  for (const track of tracks) {
    for (const segment of track.segments) {
      if (segment.kind !== 'judged') continue;
      for (const c of segment.criteria) scale.set(`${track.code}:${c.code}`, c);
    }
  }
  const marks = db
    .prepare(
      `SELECT e.no AS entryNo, t.code AS track, c.code AS criterion, s.value
       FROM scores s JOIN entries e ON e.id = s.entry_id JOIN criteria c ON c.id = s.criterion_id
       JOIN tracks t ON t.id = c.track_id ORDER BY e.id, c.position`,
    )
    .all() as Array<OffRubricCell & { track: string }>;
  const inFile = new Set(tracks.map((t) => t.code));
  return marks
    .filter(({ track, criterion, value }) => {
      const fit = scale.get(`${track}:${criterion}`);
      if (!fit) return inFile.has(track);
      return value > fit.max || value % fit.step !== 0;
    })
    .map(({ entryNo, criterion, value }) => ({ entryNo, criterion, value }));
}

/** Entries the newest judge file no longer lists: shown, kept, not sent. */
export function removedEntryIds(db: Db): Set<number> {
  const rows = db.prepare('SELECT id FROM entries WHERE removed_at IS NOT NULL').all();
  return new Set((rows as Array<{ id: number }>).map((row) => row.id));
}
