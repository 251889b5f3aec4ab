import {
  nextStep,
  type PublishedRow,
  type RowChange,
  type TrackStatus,
  versionChanges,
} from '../../shared/domain/trackStatus';
import type { TrackResults } from '../../shared/scoring';
import { openConflictPairs } from '../store/conflictsTable';
import type { Db } from '../store/database';
import { readDraw } from '../store/drawsTable';
import { readEntries } from '../store/entriesTable';
import { readPenalties } from '../store/marksTable';
import { paperSheetJudges, quizPointsEntered, readResultVersions } from '../store/trackStatusRead';
import { readTracks } from '../store/tracksTable';
import { completeness } from './completenessService';
import { judgeFilesStatus } from './judgeFileService';
import { trackResults } from './resultsService';
import { requireTrack } from './rubricService';

/** Where every track stands: one row of the overview's status board each. */
export function statusBoard(db: Db): TrackStatus[] {
  const files = judgeFilesStatus(db);
  return readTracks(db).map((track) => {
    const { id } = requireTrack(db, track.code);
    const competing = readEntries(db, track.code).filter((e) => e.status === 'competing');
    const grid = completeness(db, track.code);
    const counted = new Set(competing.map((e) => e.id));
    const marks = { complete: 0, partial: 0, panel: grid.judges.length };
    for (const judge of grid.judges) {
      // Recused cells are not the judge's to fill: they count neither as done nor as missing.
      const states = grid.entries
        .filter((e) => counted.has(e.id))
        .map((e) => grid.cells[`${e.id}:${judge.id}`])
        .filter((state) => state !== 'recused');
      if (states.length > 0 && states.every((s) => s === 'scored' || s === 'submitted'))
        marks.complete++;
      else if (states.some((s) => s !== 'missing')) marks.partial++;
    }
    const panelFiles = files.filter((f) => f.tracks.includes(track.code));
    const quizCriteria = track.segments
      .filter((s) => s.kind === 'objective')
      .reduce((n, s) => n + s.criteria.length, 0);
    const quiz = quizPointsEntered(db, id);
    const results = trackResults(db, track.code);
    const status: Omit<TrackStatus, 'next'> = {
      code: track.code,
      entries: competing.length,
      judges: grid.judges.length,
      drawn: readDraw(db, id) !== undefined,
      judgeFiles: {
        issued: panelFiles.filter((f) => f.status !== 'never').length,
        stale: panelFiles.filter((f) => f.status === 'stale').length,
        panel: panelFiles.length,
      },
      marks,
      paperSheets: paperSheetJudges(db, id),
      conflicts: openConflictPairs(db, id).size,
      quiz: {
        entered:
          quizCriteria === 0
            ? 0
            : competing.filter((e) => (quiz.get(e.id) ?? 0) >= quizCriteria).length,
        needed: quizCriteria === 0 ? 0 : competing.length,
      },
      deductions: readPenalties(db, id).length,
      lock: results.lock && {
        version: results.lock.version,
        lockedAt: results.lock.lockedAt,
        lockedBy: results.lock.lockedBy,
        current: results.lock.current,
      },
    };
    return { ...status, next: nextStep(status) };
  });
}

export interface VersionEntry {
  version: number;
  lockedAt: string;
  lockedBy: string;
  reason: string;
  /** Against the version before; version 1 has none. */
  changes: RowChange[];
}

/** A track's published versions, newest first: who locked each, when, why, and what changed. */
export function versionHistory(db: Db, trackCode: string): VersionEntry[] {
  const { id } = requireTrack(db, trackCode);
  let before: PublishedRow[] | null = null;
  const history: VersionEntry[] = [];
  for (const stored of readResultVersions(db, id)) {
    const rows = publishedRows(JSON.parse(stored.results) as TrackResults);
    const { results: _json, ...rest } = stored;
    history.push({ ...rest, changes: before ? versionChanges(before, rows) : [] });
    before = rows;
  }
  return history.reverse();
}

function publishedRows(results: TrackResults): PublishedRow[] {
  return results.entries.map((e) => ({
    no: e.no,
    name: e.name,
    rank: e.rank,
    final: e.final,
    award: e.award?.name ?? null,
  }));
}
