import { DEFAULT_DEVIATION_PERCENT } from '../../shared/consistency/judgeConsistency';
import { type AppealDecision, DEFAULT_APPEAL_MINUTES } from '../../shared/stage/appeals';
import type { ReviewState } from '../../shared/stage/review';
import type { ScreenEntry, ScreenMode } from '../../shared/stage/screenView';
import type { TimerState } from '../../shared/stage/timer';
import type { Db } from './database';

// The stage (migration 13): the head judge's reviews, the performance timers, the deviation
// threshold per track, and the big screen's one row.

export interface ReviewRow {
  entryId: number;
  state: ReviewState;
  note: string;
  by: string;
  at: string;
  marksHash: string | null;
  /** What the screen shows for a released entry, frozen at the release. */
  released: ScreenEntry | null;
}

interface ReviewColumns extends Omit<ReviewRow, 'released'> {
  releasedJson: string | null;
}

export function readReviews(db: Db, trackId: number): Map<number, ReviewRow> {
  const rows = db
    .prepare(
      `SELECT r.entry_id AS entryId, r.state, r.note, r.by, r.at, r.marks_hash AS marksHash,
         r.released_json AS releasedJson
       FROM entry_reviews r JOIN entries e ON e.id = r.entry_id WHERE e.track_id = ?`,
    )
    .all(trackId) as ReviewColumns[];
  return new Map(
    rows.map(({ releasedJson, ...row }) => [
      row.entryId,
      {
        ...row,
        released: releasedJson === null ? null : (JSON.parse(releasedJson) as ScreenEntry),
      },
    ]),
  );
}

export function writeReview(db: Db, review: ReviewRow): void {
  db.prepare(
    `INSERT INTO entry_reviews (entry_id, state, note, by, at, marks_hash, released_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET state = excluded.state, note = excluded.note,
       by = excluded.by, at = excluded.at, marks_hash = excluded.marks_hash,
       released_json = excluded.released_json`,
  ).run(
    review.entryId,
    review.state,
    review.note,
    review.by,
    review.at,
    review.marksHash,
    review.released === null ? null : JSON.stringify(review.released),
  );
}

export interface PerformanceTime extends TimerState {
  entryId: number;
  deductionPenaltyId: number | null;
}

export function readTimes(db: Db, trackId: number): Map<number, PerformanceTime> {
  const rows = db
    .prepare(
      `SELECT p.entry_id AS entryId, p.started_at AS startedAt, p.elapsed_ms AS elapsedMs,
         p.measured_ms AS measuredMs, p.deduction_penalty_id AS deductionPenaltyId
       FROM performance_times p JOIN entries e ON e.id = p.entry_id WHERE e.track_id = ?`,
    )
    .all(trackId) as PerformanceTime[];
  return new Map(rows.map((row) => [row.entryId, row]));
}

export function readTime(db: Db, entryId: number): PerformanceTime | undefined {
  return db
    .prepare(
      `SELECT entry_id AS entryId, started_at AS startedAt, elapsed_ms AS elapsedMs,
         measured_ms AS measuredMs, deduction_penalty_id AS deductionPenaltyId
       FROM performance_times WHERE entry_id = ?`,
    )
    .get(entryId) as PerformanceTime | undefined;
}

export function writeTime(db: Db, time: PerformanceTime): void {
  db.prepare(
    `INSERT INTO performance_times (entry_id, started_at, elapsed_ms, measured_ms, deduction_penalty_id)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET started_at = excluded.started_at,
       elapsed_ms = excluded.elapsed_ms, measured_ms = excluded.measured_ms,
       deduction_penalty_id = excluded.deduction_penalty_id`,
  ).run(time.entryId, time.startedAt, time.elapsedMs, time.measuredMs, time.deductionPenaltyId);
}

export function readDeviationPercent(db: Db, trackId: number): number {
  const row = db
    .prepare('SELECT deviation_percent AS percent FROM stage_tracks WHERE track_id = ?')
    .get(trackId) as { percent: number } | undefined;
  return row?.percent ?? DEFAULT_DEVIATION_PERCENT;
}

export function writeDeviationPercent(db: Db, trackId: number, percent: number): void {
  db.prepare(
    `INSERT INTO stage_tracks (track_id, deviation_percent) VALUES (?, ?)
     ON CONFLICT (track_id) DO UPDATE SET deviation_percent = excluded.deviation_percent`,
  ).run(trackId, percent);
}

export interface ScreenRow {
  version: number;
  trackId: number | null;
  mode: ScreenMode;
  shownEntryId: number | null;
  onStageEntryId: number | null;
  ceremony: boolean;
  english: boolean;
  showTimer: boolean;
}

export function readScreen(db: Db): ScreenRow {
  const row = db
    .prepare(
      `SELECT version, track_id AS trackId, mode, shown_entry_id AS shownEntryId,
         on_stage_entry_id AS onStageEntryId, ceremony, english, show_timer AS showTimer
       FROM stage_screen WHERE id = 1`,
    )
    .get() as Omit<ScreenRow, 'ceremony' | 'english' | 'showTimer'> & {
    ceremony: number;
    english: number;
    showTimer: number;
  };
  return { ...row, ceremony: !!row.ceremony, english: !!row.english, showTimer: !!row.showTimer };
}

/** Every change of the screen's row moves its version, so a polling screen sees it. */
export function writeScreen(db: Db, screen: Omit<ScreenRow, 'version'>): number {
  db.prepare(
    `UPDATE stage_screen SET version = version + 1, track_id = ?, mode = ?, shown_entry_id = ?,
       on_stage_entry_id = ?, ceremony = ?, english = ?, show_timer = ? WHERE id = 1`,
  ).run(
    screen.trackId,
    screen.mode,
    screen.shownEntryId,
    screen.onStageEntryId,
    screen.ceremony ? 1 : 0,
    screen.english ? 1 : 0,
    screen.showTimer ? 1 : 0,
  );
  return readScreen(db).version;
}

/** A change the screen shows without its row changing (a release, a timer): a new version. */
export function bumpScreen(db: Db): void {
  db.prepare('UPDATE stage_screen SET version = version + 1 WHERE id = 1').run();
}

export function trackCodeOf(db: Db, trackId: number): string | undefined {
  const row = db.prepare('SELECT code FROM tracks WHERE id = ?').get(trackId) as
    | { code: string }
    | undefined;
  return row?.code;
}

export function readAppealMinutes(db: Db, trackId: number): number {
  const row = db
    .prepare('SELECT appeal_minutes AS minutes FROM stage_tracks WHERE track_id = ?')
    .get(trackId) as { minutes: number } | undefined;
  return row?.minutes ?? DEFAULT_APPEAL_MINUTES;
}

export function writeAppealMinutes(db: Db, trackId: number, minutes: number): void {
  db.prepare(
    `INSERT INTO stage_tracks (track_id, appeal_minutes) VALUES (?, ?)
     ON CONFLICT (track_id) DO UPDATE SET appeal_minutes = excluded.appeal_minutes`,
  ).run(trackId, minutes);
}

export interface AppealRow {
  id: number;
  entryId: number;
  filedAt: string;
  filedBy: string;
  what: string;
  finalBefore: string;
  decision: AppealDecision | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  finalAfter: string | null;
  version: number | null;
}

const APPEAL_COLUMNS = `a.id, a.entry_id AS entryId, a.filed_at AS filedAt, a.filed_by AS filedBy,
  a.what, a.final_before AS finalBefore, a.decision, a.decided_by AS decidedBy,
  a.decided_at AS decidedAt, a.reason, a.final_after AS finalAfter, a.version`;

export function readAppeals(db: Db, trackId: number): AppealRow[] {
  return db
    .prepare(
      `SELECT ${APPEAL_COLUMNS} FROM appeals a JOIN entries e ON e.id = a.entry_id
       WHERE e.track_id = ? ORDER BY a.id`,
    )
    .all(trackId) as AppealRow[];
}

export function readAppeal(db: Db, id: number): AppealRow | undefined {
  return db.prepare(`SELECT ${APPEAL_COLUMNS} FROM appeals a WHERE a.id = ?`).get(id) as
    | AppealRow
    | undefined;
}

export function insertAppeal(
  db: Db,
  appeal: Pick<AppealRow, 'entryId' | 'filedAt' | 'filedBy' | 'what' | 'finalBefore'>,
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO appeals (entry_id, filed_at, filed_by, what, final_before)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(appeal.entryId, appeal.filedAt, appeal.filedBy, appeal.what, appeal.finalBefore)
      .lastInsertRowid,
  );
}

export function writeAppealDecision(
  db: Db,
  id: number,
  decision: Pick<
    AppealRow,
    'decision' | 'decidedBy' | 'decidedAt' | 'reason' | 'finalAfter' | 'version'
  >,
): void {
  db.prepare(
    `UPDATE appeals SET decision = ?, decided_by = ?, decided_at = ?, reason = ?, final_after = ?,
       version = ? WHERE id = ?`,
  ).run(
    decision.decision,
    decision.decidedBy,
    decision.decidedAt,
    decision.reason,
    decision.finalAfter,
    decision.version,
    id,
  );
}
