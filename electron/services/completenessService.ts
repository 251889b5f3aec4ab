import type { CellState } from '../../shared/api/judging';
import { openConflictPairs } from '../store/conflictsTable';
import type { Db } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { panelJudges, trackRecusalPairs } from '../store/judgePanelsRead';
import { lastSubmissions } from '../store/mergedFilesTable';
import { countMarks } from '../store/scoreCellsTable';
import { requireTrack } from './rubricService';

// Which entry × judge cells of a track are complete, before anyone computes results from them.

export interface Completeness {
  judges: Array<{ id: number; name: string; seat: number | null }>;
  entries: Array<{ id: number; no: string; name: string }>;
  /** Keyed `${entryId}:${judgeId}`. */
  cells: Record<string, CellState>;
}

/**
 * submitted: every judged criterion has a mark and the judge's last submission (as a merged file
 * carried it) came after the last of them; scored: every mark, not submitted since; partial:
 * some; missing: none (blank is not zero); recused: the judge does not score this entry;
 * conflict: an undecided conflict on the pair.
 */
export function completeness(db: Db, trackCode: string): Completeness {
  const { id: trackId, track } = requireTrack(db, trackCode);
  const judges = panelJudges(db, trackId);
  const entries = readEntries(db, trackCode).map(({ id, no, name }) => ({ id, no, name }));
  const judged = track.segments
    .filter((s) => s.kind === 'judged')
    .reduce((n, s) => n + s.criteria.length, 0);
  const marks = new Map(countMarks(db, trackId).map((r) => [`${r.entryId}:${r.judgeId}`, r]));
  const submitted = lastSubmissions(db);
  const recused = trackRecusalPairs(db, trackId);
  const conflicts = openConflictPairs(db, trackId);
  const cells: Record<string, CellState> = {};
  for (const entry of entries) {
    for (const judge of judges) {
      const key = `${entry.id}:${judge.id}`;
      const pair = marks.get(key);
      const count = pair?.marks ?? 0;
      const submittedAt = submitted.get(judge.id);
      cells[key] = recused.has(key)
        ? 'recused'
        : conflicts.has(key)
          ? 'conflict'
          : count >= judged
            ? submittedAt !== undefined && pair!.lastSaved <= submittedAt
              ? 'submitted'
              : 'scored'
            : count > 0
              ? 'partial'
              : 'missing';
    }
  }
  return { judges, entries, cells };
}
