import type { Entry, EntryInput, Judge, JudgeInput } from '../../shared/domain/people';
import { AppFailure } from '../../shared/errors';
import { fieldLabels } from '../../shared/roster/records';
import {
  blankRequired,
  cleanEntryInput,
  cleanJudgeInput,
  judgeClash,
  numberClash,
} from '../../shared/roster/rosterChecks';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import {
  deleteEntry,
  entryHasMarks,
  entryNumbers,
  groupId,
  readEntry,
  writeEntry,
} from '../store/entriesTable';
import { deleteJudge, judgeHasScores, readJudges, writeJudge } from '../store/judgesTable';
import { trackId } from '../store/tracksTable';
import { placeInDraw } from './drawService';
import { refuseUnconfirmedJoin } from './panelGuards';
import { applyAutoRecusals } from './recusalService';
import { requireTrack } from './rubricService';

export function saveEntry(db: Db, typed: EntryInput): Entry {
  // Stored as the importer stores it, and refused where the importer would refuse it.
  const input = cleanEntryInput(typed);
  const blank = blankRequired(input);
  if (blank) throw AppFailure.of('roster.blank', { field: fieldLabels[blank] });
  return inTransaction(db, () => {
    const { id: tId, track } = requireTrack(db, input.track);
    const before = input.id === undefined ? null : readEntry(db, input.id);
    if (before === undefined) throw AppFailure.of('entry.notFound', { id: input.id ?? 0 });
    // Its marks belong to the old track's rubric and panel: moved, they would be orphaned.
    if (before && before.track !== input.track && entryHasMarks(db, before.id)) {
      throw AppFailure.of('entry.moveHasMarks', { no: before.no, track: track.name });
    }
    const gId = groupId(db, tId, input.group);
    if (gId === undefined) {
      throw AppFailure.of('entry.unknownGroup', { track: track.name, group: input.group });
    }
    const clash = numberClash(entryNumbers(db, tId), input);
    if (clash) throw AppFailure.of('entry.duplicateNo', { track: track.name, no: clash.no });
    // Members may be filled in later; once listed, a team must fit the track's size.
    const count = input.members.length;
    if (
      track.entryKind === 'team' &&
      count > 0 &&
      (count < track.teamSize.min || count > track.teamSize.max)
    ) {
      throw AppFailure.of('entry.teamSize', {
        track: track.name,
        min: track.teamSize.min,
        max: track.teamSize.max,
        count,
      });
    }
    const id = writeEntry(db, { trackId: tId, groupId: gId }, input);
    placeInDraw(db, id, before?.track ?? null);
    applyAutoRecusals(db, { track: input.track, entryId: id });
    const after = readEntry(db, id)!;
    recordAudit(db, { action: 'entry.save', subject: `entry:${id}`, before, after });
    return after;
  });
}

export function removeEntry(db: Db, id: number): void {
  inTransaction(db, () => {
    const before = readEntry(db, id);
    if (!before) throw AppFailure.of('entry.notFound', { id });
    if (entryHasMarks(db, id)) throw AppFailure.of('entry.hasMarks', { no: before.no });
    deleteEntry(db, id);
    recordAudit(db, {
      action: 'entry.remove',
      subject: `entry:${id}`,
      before,
      after: null,
    });
  });
}

/** confirmJoin: the organizer saw the warning that a panel the judge joins has marks or a lock. */
export function saveJudge(
  db: Db,
  typed: JudgeInput,
  options: { confirmJoin?: boolean } = {},
): Judge {
  const input = cleanJudgeInput(typed);
  if (blankRequired(input)) throw AppFailure.of('roster.blank', { field: fieldLabels.name });
  return inTransaction(db, () => {
    const judges = readJudges(db);
    const before = input.id === undefined ? null : judges.find((j) => j.id === input.id);
    if (before === undefined) throw AppFailure.of('judge.notFound', { id: input.id ?? 0 });
    const twin = judgeClash(judges, input);
    if (twin) {
      throw AppFailure.of('judge.duplicate', {
        name: twin.name,
        organization: twin.organization || '—',
      });
    }
    const trackIds = [...new Set(input.tracks)].map((code) => {
      const id = trackId(db, code);
      if (id === undefined) throw AppFailure.of('judge.unknownTrack', { code });
      return id;
    });
    if (!options.confirmJoin) refuseUnconfirmedJoin(db, before?.tracks ?? [], input);
    const id = writeJudge(db, input, trackIds);
    applyAutoRecusals(db, { judgeId: id });
    const after = readJudges(db).find((j) => j.id === id)!;
    recordAudit(db, { action: 'judge.save', subject: `judge:${id}`, before, after });
    return after;
  });
}

export function removeJudge(db: Db, id: number): void {
  inTransaction(db, () => {
    const before = readJudges(db).find((j) => j.id === id);
    if (!before) throw AppFailure.of('judge.notFound', { id });
    if (judgeHasScores(db, id)) throw AppFailure.of('judge.hasScores', { name: before.name });
    deleteJudge(db, id);
    recordAudit(db, {
      action: 'judge.remove',
      subject: `judge:${id}`,
      before,
      after: null,
    });
  });
}
