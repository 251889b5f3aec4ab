import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCompetitionStore } from '../electron/services/competitionService';
import { saveJudge } from '../electron/services/rosterService';
import { saveTrack } from '../electron/services/rubricService';
import { makeKeyPair, rubricFingerprint, signWith } from '../electron/services/signing';
import { readCompetition } from '../electron/store/competitionTable';
import { type Db, inTransaction } from '../electron/store/database';
import { decideKey, readJudgeKeys, recordPendingKey } from '../electron/store/judgeKeysTable';
import { panelTracks, readJudgeIdentity } from '../electron/store/judgePanelsRead';
import { criterionId } from '../electron/store/marksTable';
import { readTracks, trackId } from '../electron/store/tracksTable';
import { SCORE_FILE_FORMAT, SCORE_FILE_VERSION, type ScoreFile } from '../shared/formats/scoreFile';
import { encodeSignedFile, signedPayload } from '../shared/formats/signedFile';
import { criterion } from '../shared/templates/defaults';

// The benchmark competition: the counselor template's four tracks, each with 8 judged criteria,
// N entries per track and J judges per panel, built with SQL in one transaction for speed, and
// one signed score file per judge (every cell marked, revision 1).

export interface BenchSize {
  entriesPerTrack: number;
  judgesPerTrack: number;
}

export const FULL: BenchSize = { entriesPerTrack: 2500, judgesPerTrack: 15 };
export const CRITERIA_PER_TRACK = 8;
const UPDATED_AT = '2026-10-21T09:00:00.000Z';

const info = {
  name: '基准测试赛事',
  edition: '2026',
  startDate: '2026-10-20',
  endDate: '2026-10-22',
  venue: '评分台基准',
};

/** Pads every track's first judged segment up to 8 criteria (the template has 5). */
export function widenRubric(db: Db): void {
  for (const track of readTracks(db)) {
    const judged = track.segments.filter((s) => s.kind === 'judged');
    const count = judged.reduce((n, s) => n + s.criteria.length, 0);
    const first = judged[0]!;
    const extra = Array.from({ length: CRITERIA_PER_TRACK - count }, (_, i) =>
      criterion(`bench-${i + 1}`, `附加项${i + 1}`, `Extra ${i + 1}`, 5, { zh: '', en: '' }),
    );
    const segments = track.segments.map((s) =>
      s === first ? { ...s, criteria: [...s.criteria, ...extra] } : s,
    );
    saveTrack(db, track.code, { ...track, segments });
  }
}

/** Entries straight into SQLite: the roster service's checks are not what is measured. */
export function insertEntries(db: Db, perTrack: number, only?: string[]): void {
  inTransaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO entries (track_id, group_id, no, draw_order, name, organization, region, title,
         status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '北京', '光的旅行', 'competing', ?, ?)`,
    );
    for (const track of readTracks(db).filter((t) => !only || only.includes(t.code))) {
      const tId = trackId(db, track.code)!;
      const groups = track.groups.map(
        (g) =>
          (
            db
              .prepare('SELECT id FROM groups WHERE track_id = ? AND code = ?')
              .get(tId, g.code) as { id: number }
          ).id,
      );
      for (let n = 1; n <= perTrack; n++) {
        const group = groups[n % 4 === 0 && groups.length > 1 ? 1 : 0]!;
        insert.run(
          tId,
          group,
          String(n).padStart(4, '0'),
          n,
          `选手${n}`,
          `第${n % 97}科技馆`,
          UPDATED_AT,
          UPDATED_AT,
        );
      }
    }
  });
}

/** A mark that looks like a judge's: about 72–94 % of the maximum, a multiple of the step. */
export function benchMark(judge: number, entry: number, index: number, max: number, step: number) {
  const h = Math.imul(judge * 7919 + entry * 104729 + index * 15485863, 2654435761) >>> 0;
  const share = 0.72 + (h % 2200) / 10000;
  return Math.min(max, Math.round((max * share) / step) * step);
}

export interface Cell {
  judgeId: number;
  entryId: number;
  entryNo: string;
  track: string;
  criterionId: number;
  criterion: string;
  value: number;
}

/** Every cell every judge marks, in score-file order (entry id, then criterion position). */
export function* allCells(db: Db): Generator<Cell[]> {
  const tracks = readTracks(db);
  const judges = db
    .prepare(
      `SELECT p.judge_id AS judgeId, t.code AS track FROM panel_members p
       JOIN tracks t ON t.id = p.track_id ORDER BY p.judge_id`,
    )
    .all() as Array<{ judgeId: number; track: string }>;
  for (const { judgeId, track: code } of judges) {
    const track = tracks.find((t) => t.code === code)!;
    const tId = trackId(db, code)!;
    const criteria = track.segments
      .filter((s) => s.kind === 'judged')
      .flatMap((s) => s.criteria)
      .map((c) => ({ ...c, id: criterionId(db, tId, c.code)! }));
    const entries = db
      .prepare('SELECT id, no FROM entries WHERE track_id = ? ORDER BY id')
      .all(tId) as Array<{ id: number; no: string }>;
    const cells: Cell[] = [];
    for (const entry of entries) {
      criteria.forEach((c, i) => {
        cells.push({
          judgeId,
          entryId: entry.id,
          entryNo: entry.no,
          track: code,
          criterionId: c.id,
          criterion: c.code,
          value: benchMark(judgeId, entry.id, i, c.max, c.step),
        });
      });
    }
    yield cells;
  }
}

/** The organizer's store (judges, entries, no marks) and the judges' score files. */
export function buildFixture(dir: string, size: BenchSize): { store: string; files: string[] } {
  mkdirSync(join(dir, 'files'), { recursive: true });
  const store = join(dir, 'organizer.scoredesk');
  const db = createCompetitionStore(store, info, 'counselor');
  widenRubric(db);
  for (const track of readTracks(db)) {
    for (let j = 1; j <= size.judgesPerTrack; j++) {
      saveJudge(db, {
        name: `${track.code}评委${j}`,
        organization: `评委单位${j}`,
        region: '上海',
        tracks: [track.code],
      });
    }
  }
  insertEntries(db, size.entriesPerTrack);
  const competitionId = readCompetition(db).id;
  const files: string[] = [];
  for (const cells of allCells(db)) {
    const judge = readJudgeIdentity(db, cells[0]!.judgeId)!;
    // Each judge's device made its key pair; the head table accepted its public half.
    const keys = makeKeyPair();
    recordPendingKey(db, judge.id, keys.publicKey, judge.keyEpoch);
    decideKey(db, readJudgeKeys(db, judge.id)[0]!.id, {
      state: 'accepted',
      by: 'bench',
      reason: '',
    });
    const unsigned: Omit<ScoreFile, 'signature'> = {
      format: SCORE_FILE_FORMAT,
      version: SCORE_FILE_VERSION,
      competitionId,
      rubricFingerprint: rubricFingerprint(panelTracks(db, judge.id)),
      judge: {
        id: judge.id,
        name: judge.name,
        keyEpoch: judge.keyEpoch,
        publicKey: keys.publicKey,
      },
      submissions: 1,
      submittedAt: UPDATED_AT,
      scores: cells.map((c) => ({
        entryId: c.entryId,
        entryNo: c.entryNo,
        track: c.track,
        criterion: c.criterion,
        value: c.value,
        revision: 1,
        updatedAt: UPDATED_AT,
      })),
    };
    const file: ScoreFile = {
      ...unsigned,
      signature: signWith(keys.privateKey, signedPayload(unsigned)),
    };
    const path = join(dir, 'files', `judge-${judge.id}.scoredesk-scores`);
    writeFileSync(path, encodeSignedFile(file));
    files.push(path);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { store, files };
}

/** A fresh copy of the (closed, checkpointed) store, so each run starts from the same bytes. */
export function copyStore(from: string, to: string): string {
  // A run killed half-way leaves its WAL beside the copy; SQLite would replay it onto the fresh
  // copy and find a damaged store.
  for (const suffix of ['-wal', '-shm']) rmSync(to + suffix, { force: true });
  copyFileSync(from, to);
  return to;
}
