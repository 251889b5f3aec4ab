import type { PanelView } from '../../shared/api/seating';
import type { Judge } from '../../shared/domain/people';
import type { AppError } from '../../shared/errors';
import { AppFailure } from '../../shared/errors';
import {
  type OfficialsChoice,
  officialsProblems,
  tracksAfterChoice,
} from '../../shared/panel/officials';
import { bySeat, type SeatProblem, seatingProblems } from '../../shared/panel/seats';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { trackHasScores } from '../store/drawsTable';
import { readJudges } from '../store/judgesTable';
import { judgeScoredTrack, readPanelSeats, writePanelSeats } from '../store/panelSeatsTable';
import { latestResultVersion } from '../store/publicationTable';
import { readTrackOfficials, writeTrackOfficials } from '../store/trackOfficialsTable';
import { readTracks } from '../store/tracksTable';
import { judgeFilesStatus } from './judgeFileService';
import { saveJudge } from './rosterService';
import { requireTrack } from './rubricService';

// Seats (1号评委 …) and officials (裁判长, 监审) of a track's panel. Neither changes a mark: a
// score belongs to the judge, not the seat. But a seat is printed on paper sheets and carried in
// judge files, so a move after they are out makes them stale (reported, `staleJudgeFiles`), and
// once results are locked the published lists name the seats, so they are refused then.

export function readPanel(db: Db, code: string): PanelView {
  const { id } = requireTrack(db, code);
  return panelOf(db, id, code, new Map(readJudges(db).map((j) => [j.id, j])));
}

export function readAllPanels(db: Db): PanelView[] {
  const judges = new Map(readJudges(db).map((j) => [j.id, j]));
  return readTracks(db).map((track) =>
    panelOf(db, requireTrack(db, track.code).id, track.code, judges),
  );
}

function panelOf(db: Db, trackId: number, code: string, judges: Map<number, Judge>): PanelView {
  const person = (judgeId: number, seat: number | null) => {
    const judge = judges.get(judgeId)!;
    const { name, organization, region, phone } = judge;
    return { judgeId, name, organization, region, phone, seat };
  };
  const members = bySeat(readPanelSeats(db, trackId)).map((m) => person(m.judgeId, m.seat));
  const officials = readTrackOfficials(db, trackId);
  const head = officials.headJudgeId;
  const headSeat = members.find((m) => m.judgeId === head);
  return {
    track: code,
    members,
    headJudge:
      head === null
        ? null
        : { ...person(head, headSeat?.seat ?? null), scores: headSeat !== undefined },
    supervisors: officials.supervisorIds.map((judgeId) => person(judgeId, null)),
    scored: trackHasScores(db, trackId),
    locked: latestResultVersion(db, trackId) !== null,
  };
}

export function setSeats(
  db: Db,
  code: string,
  seating: ReadonlyArray<{ judgeId: number; seat: number }>,
): { panel: PanelView; staleJudgeFiles: Array<{ name: string; seat: number | null }> } {
  return inTransaction(db, () => {
    const { id, track } = requireTrack(db, code);
    const before = readPanelSeats(db, id);
    if (latestResultVersion(db, id) !== null)
      throw AppFailure.of('seat.locked', { track: track.name });
    const judges = new Map(readJudges(db).map((j) => [j.id, j]));
    const problems = seatingProblems(
      before.map((m) => m.judgeId),
      seating,
    );
    if (problems.length > 0) throw new AppFailure(problems.map((p) => seatError(p, judges)));
    writePanelSeats(db, id, seating);
    recordAudit(db, { action: 'panel.seats', subject: `track:${code}`, before, after: seating });
    const panel = panelOf(db, id, code, judges);
    const stale = staleOn(db, code);
    const staleJudgeFiles = panel.members
      .filter((m) => stale.has(m.judgeId))
      .map((m) => ({ name: m.name, seat: m.seat }));
    return { panel, staleJudgeFiles };
  });
}

/** The panel's judges whose issued judge file no longer names their seats. */
function staleOn(db: Db, code: string): Set<number> {
  return new Set(
    judgeFilesStatus(db)
      .filter((s) => s.tracks.includes(code) && s.status === 'stale' && s.changed.includes('seats'))
      .map((s) => s.judgeId),
  );
}

function seatError(problem: SeatProblem, judges: Map<number, Judge>): AppError {
  const judge = judges.get(problem.judgeId)?.name ?? String(problem.judgeId);
  switch (problem.code) {
    case 'seat.taken':
      return {
        code: problem.code,
        params: { judge, seat: problem.seat, other: judges.get(problem.other)?.name ?? '' },
      };
    case 'seat.outOfRange':
      return { code: problem.code, params: { judge, seat: problem.seat } };
    default:
      return { code: problem.code, params: { judge } };
  }
}

/**
 * Sets the track's head judge and supervisors. A head judge who also scores joins the panel
 * (taking the first empty seat, and asked first when the panel has marks, as any joining judge);
 * one who stops scoring leaves it, refused while they have marks in the track.
 */
export function setOfficials(
  db: Db,
  code: string,
  choice: OfficialsChoice & { confirmJoin?: boolean },
): PanelView {
  return inTransaction(db, () => {
    const { id, track } = requireTrack(db, code);
    const judges = new Map(readJudges(db).map((j) => [j.id, j]));
    const wanted = [choice.headJudgeId, ...choice.supervisorIds].filter((x) => x !== null);
    for (const judgeId of wanted) {
      if (!judges.has(judgeId)) throw AppFailure.of('judge.notFound', { id: judgeId });
    }
    const scoring = new Set(readPanelSeats(db, id).map((m) => m.judgeId));
    const head = choice.headJudgeId === null ? undefined : judges.get(choice.headJudgeId)!;
    if (head) {
      if (choice.headJudgeScores) scoring.add(head.id);
      else scoring.delete(head.id);
    }
    const problems = officialsProblems(choice, scoring);
    if (problems.length > 0) {
      throw new AppFailure(
        problems.map((p) => ({
          code: p.code,
          params: { judge: judges.get(p.judgeId)!.name, track: track.name },
        })),
      );
    }
    const before = readTrackOfficials(db, id);
    if (head && head.tracks.includes(code) !== choice.headJudgeScores) {
      if (!choice.headJudgeScores && judgeScoredTrack(db, head.id, id)) {
        throw AppFailure.of('officials.headHasMarks', { judge: head.name, track: track.name });
      }
      const tracks = tracksAfterChoice(head.tracks, code, choice.headJudgeScores);
      saveJudge(db, { ...head, tracks }, { confirmJoin: choice.confirmJoin });
    }
    const after = { headJudgeId: choice.headJudgeId, supervisorIds: [...choice.supervisorIds] };
    writeTrackOfficials(db, id, after);
    recordAudit(db, { action: 'panel.officials', subject: `track:${code}`, before, after });
    return panelOf(db, id, code, new Map(readJudges(db).map((j) => [j.id, j])));
  });
}
