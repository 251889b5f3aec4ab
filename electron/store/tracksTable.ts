import type { Criterion, Group, Segment, Track } from '../../shared/domain/rubric';
import { trackSchema } from '../../shared/domain/rubric';
import type { RecordedMark } from '../../shared/domain/rubricChange';
import type { Db } from './database';

interface TrackRow {
  id: number;
  code: string;
  name_zh: string;
  name_en: string;
  aliases: string;
  entry_kind: Track['entryKind'];
  team_min: number;
  team_max: number;
  time_limit_seconds: number;
  decimals: number;
  aggregation: string;
  tie_break: string;
  awards: string;
  penalties: string;
}

interface GroupRow {
  id: number;
  track_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  is_default: number;
}

interface SegmentRow {
  id: number;
  track_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  kind: Segment['kind'];
}

interface CriterionRow {
  id: number;
  segment_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  max: number;
  step: number;
}

/** All tracks with their groups, segments and criteria, in the organizer's order. */
export function readTracks(db: Db): Track[] {
  const tracks = db.prepare('SELECT * FROM tracks ORDER BY position, id').all() as TrackRow[];
  const groups = db.prepare('SELECT * FROM groups ORDER BY position, id').all() as GroupRow[];
  const segments = db.prepare('SELECT * FROM segments ORDER BY position, id').all() as SegmentRow[];
  const criteria = db
    .prepare('SELECT * FROM criteria ORDER BY position, id')
    .all() as CriterionRow[];
  return tracks.map((row) =>
    // Parsing on the way out keeps JSON columns honest: a hand-edited store fails loudly here.
    trackSchema.parse({
      code: row.code,
      name: { zh: row.name_zh, en: row.name_en },
      aliases: JSON.parse(row.aliases),
      entryKind: row.entry_kind,
      teamSize: { min: row.team_min, max: row.team_max },
      timeLimitSeconds: row.time_limit_seconds,
      decimals: row.decimals,
      aggregation: JSON.parse(row.aggregation),
      tieBreak: JSON.parse(row.tie_break),
      awards: JSON.parse(row.awards),
      penalties: JSON.parse(row.penalties),
      groups: groups.filter((g) => g.track_id === row.id).map(toGroup),
      segments: segments
        .filter((s) => s.track_id === row.id)
        .map((s) =>
          toSegment(
            s,
            criteria.filter((c) => c.segment_id === s.id),
          ),
        ),
    } satisfies Track),
  );
}

function toGroup(row: GroupRow): Group {
  return {
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    isDefault: !!row.is_default,
  };
}

function toSegment(row: SegmentRow, criteria: CriterionRow[]): Segment {
  return {
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    kind: row.kind,
    criteria: criteria.map(toCriterion),
  };
}

function toCriterion(row: CriterionRow): Criterion {
  return {
    code: row.code,
    name: { zh: row.name_zh, en: row.name_en },
    description: { zh: row.description_zh, en: row.description_en },
    max: row.max,
    step: row.step,
  };
}

export function trackId(db: Db, code: string): number | undefined {
  const row = db.prepare('SELECT id FROM tracks WHERE code = ?').get(code) as
    | { id: number }
    | undefined;
  return row?.id;
}

function trackColumns(track: Track) {
  return {
    code: track.code,
    name_zh: track.name.zh,
    name_en: track.name.en,
    aliases: JSON.stringify(track.aliases),
    entry_kind: track.entryKind,
    team_min: track.teamSize.min,
    team_max: track.teamSize.max,
    time_limit_seconds: track.timeLimitSeconds,
    decimals: track.decimals,
    aggregation: JSON.stringify(track.aggregation),
    tie_break: JSON.stringify(track.tieBreak),
    awards: JSON.stringify(track.awards),
    penalties: JSON.stringify(track.penalties),
  };
}

export function insertTrack(db: Db, track: Track): number {
  const position = (
    db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM tracks').get() as { p: number }
  ).p;
  const id = Number(
    db
      .prepare(
        `INSERT INTO tracks (code, position, name_zh, name_en, aliases, entry_kind, team_min, team_max,
         time_limit_seconds, decimals, aggregation, tie_break, awards, penalties)
         VALUES (@code, @position, @name_zh, @name_en, @aliases, @entry_kind, @team_min, @team_max,
         @time_limit_seconds, @decimals, @aggregation, @tie_break, @awards, @penalties)`,
      )
      .run({ ...trackColumns(track), position }).lastInsertRowid,
  );
  writeParts(db, id, track);
  return id;
}

/**
 * Rewrites a track in place. Groups, segments and criteria are matched by code so that the
 * entries and scores that point at them survive an edit; parts that disappear are deleted, and
 * the foreign keys refuse that when something still points at them.
 */
export function replaceTrack(db: Db, id: number, track: Track): void {
  db.prepare(
    `UPDATE tracks SET code = @code, name_zh = @name_zh, name_en = @name_en, aliases = @aliases,
     entry_kind = @entry_kind, team_min = @team_min, team_max = @team_max,
     time_limit_seconds = @time_limit_seconds, decimals = @decimals, aggregation = @aggregation,
     tie_break = @tie_break, awards = @awards, penalties = @penalties WHERE id = @id`,
  ).run({ ...trackColumns(track), id });
  writeParts(db, id, track);
}

function writeParts(db: Db, id: number, track: Track): void {
  const keepGroups = track.groups.map((g) => g.code);
  const keepSegments = track.segments.map((s) => s.code);
  const keepCriteria = track.segments.flatMap((s) => s.criteria.map((c) => c.code));
  // Criteria go first: they hang off segments, and a criterion may move between segments.
  deleteMissing(db, 'criteria', id, keepCriteria);
  deleteMissing(db, 'segments', id, keepSegments);
  deleteMissing(db, 'groups', id, keepGroups);

  const upsertGroup = db.prepare(
    `INSERT INTO groups (track_id, code, position, name_zh, name_en, is_default)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (track_id, code) DO UPDATE SET position = excluded.position,
       name_zh = excluded.name_zh, name_en = excluded.name_en, is_default = excluded.is_default`,
  );
  for (const [position, group] of track.groups.entries()) {
    upsertGroup.run(
      id,
      group.code,
      position,
      group.name.zh,
      group.name.en,
      group.isDefault ? 1 : 0,
    );
  }
  const upsertSegment = db.prepare(
    `INSERT INTO segments (track_id, code, position, name_zh, name_en, kind) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (track_id, code) DO UPDATE SET position = excluded.position,
       name_zh = excluded.name_zh, name_en = excluded.name_en, kind = excluded.kind
     RETURNING id`,
  );
  const upsertCriterion = db.prepare(
    `INSERT INTO criteria (track_id, segment_id, code, position, name_zh, name_en, description_zh,
       description_en, max, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (track_id, code) DO UPDATE SET segment_id = excluded.segment_id,
       position = excluded.position, name_zh = excluded.name_zh, name_en = excluded.name_en,
       description_zh = excluded.description_zh, description_en = excluded.description_en,
       max = excluded.max, step = excluded.step`,
  );
  let criterionPosition = 0;
  for (const [position, segment] of track.segments.entries()) {
    const { id: segmentId } = upsertSegment.get(
      id,
      segment.code,
      position,
      segment.name.zh,
      segment.name.en,
      segment.kind,
    ) as { id: number };
    for (const c of segment.criteria) {
      upsertCriterion.run(
        id,
        segmentId,
        c.code,
        criterionPosition++,
        c.name.zh,
        c.name.en,
        c.description.zh,
        c.description.en,
        c.max,
        c.step,
      );
    }
  }
}

function deleteMissing(
  db: Db,
  table: 'groups' | 'segments' | 'criteria',
  id: number,
  keep: string[],
) {
  db.prepare(
    `DELETE FROM ${table} WHERE track_id = ? AND code NOT IN (SELECT value FROM json_each(?))`,
  ).run(id, JSON.stringify(keep));
}

export function deleteTrack(db: Db, id: number): void {
  db.prepare('DELETE FROM tracks WHERE id = ?').run(id);
}

/** Groups a save would delete although entries still belong to them. */
export function usedGroupsMissingFrom(db: Db, id: number, track: Track): Group[] {
  const keep = JSON.stringify(track.groups.map((g) => g.code));
  const rows = db
    .prepare(
      `SELECT g.* FROM groups g WHERE g.track_id = ? AND g.code NOT IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM entries e WHERE e.group_id = g.id)`,
    )
    .all(id, keep) as GroupRow[];
  return rows.map(toGroup);
}

/**
 * Every mark recorded on a track: the judges' (judged criteria) and the scorekeeper's
 * (objective), with what a refusal must show of each. A judged mark on an objective criterion is
 * not possible here: the kind is that of the criterion's segment now, before the change.
 */
export function recordedMarks(db: Db, id: number): RecordedMark[] {
  return db
    .prepare(
      `SELECT e.no AS entryNo, e.name AS entryName, j.name AS judge, c.code AS criterion, s.value,
         'judged' AS kind
       FROM scores s JOIN criteria c ON c.id = s.criterion_id JOIN entries e ON e.id = s.entry_id
       JOIN judges j ON j.id = s.judge_id WHERE c.track_id = @id
       UNION ALL
       SELECT e.no, e.name, NULL, c.code, o.value, 'objective'
       FROM objective_scores o JOIN criteria c ON c.id = o.criterion_id
       JOIN entries e ON e.id = o.entry_id WHERE c.track_id = @id
       ORDER BY 1, 3, 4`,
    )
    .all({ id }) as RecordedMark[];
}
