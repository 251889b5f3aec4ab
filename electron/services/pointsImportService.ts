import type { PointsPreview, PointsSummary } from '../../shared/api/points';
import type { Criterion } from '../../shared/domain/rubric';
import { textKey } from '../../shared/domain/textKey';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { type PointsPlan, planDeductions, planQuiz } from '../../shared/points/pointsPlan';
import { pointsProblemError } from '../../shared/points/pointsProblems';
import {
  findHeaderRow,
  type PointsKind,
  readDeductionRows,
  readQuizRows,
} from '../../shared/points/pointsSheet';
import { cleanValue } from '../../shared/roster/normalize';
import type { Grid } from '../../shared/roster/records';
import { type Db, inTransaction } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { criterionId, readObjective, readPenalties } from '../store/marksTable';
import { latestResultVersion } from '../store/publicationTable';
import { snapshotBefore } from '../store/snapshots';
import { parseUntrusted } from '../workers/untrustedParser';
import { addPenalty, setObjective } from './marksService';
import { requireTrack } from './rubricService';

// Quiz points and deductions from a file, as the roster import does it: the file read in the
// untrusted-file worker, a preview with every problem, then all of it in one transaction or
// nothing. The writes are the same service calls the results page makes, one by one.

type Write =
  | { kind: 'quiz'; entryId: number; criterion: string; value: number }
  | { kind: 'deduction'; entryId: number; points: number; reason: string };

export interface PointsImportRequest {
  kind: PointsKind;
  track: string;
  file: { name: string; bytes: Uint8Array };
  reason?: string | undefined;
}

/** The sheet as text, read by the same worker task as rosters (size, time, formula rules). */
async function readGrid(file: PointsImportRequest['file']): Promise<Grid> {
  const read = await parseUntrusted('rosterSheet', { bytes: file.bytes }, file.name);
  if (!read.ok) throw new AppFailure([read.error]);
  if (!read.value.ok) throw new AppFailure(read.value.errors);
  return read.value.value;
}

const quizCriteria = (segments: ReturnType<typeof requireTrack>['track']['segments']) =>
  segments.filter((s) => s.kind === 'objective').flatMap((s) => s.criteria);

/** Synchronous from the grid on, so what it read of the store still holds when apply writes. */
function analyze(db: Db, request: PointsImportRequest, grid: Grid) {
  const { id: trackId, track } = requireTrack(db, request.track);
  const quiz: Criterion[] = quizCriteria(track.segments);
  if (request.kind === 'quiz' && quiz.length === 0) {
    throw AppFailure.of('points.noQuiz', { track: track.name });
  }
  const header = findHeaderRow(grid, request.kind, quiz);
  if (!header) {
    const needs = request.kind === 'quiz' ? 'points.needsQuiz' : 'points.needsDeductions';
    throw AppFailure.of('points.noHeader', {
      file: request.file.name,
      needs: { zh: translate('zh-CN', needs), en: translate('en', needs) },
    });
  }
  const { index, columns } = header;
  if (request.kind === 'deductions' && !columns.some((c) => c.meaning?.kind === 'reason')) {
    throw AppFailure.of('points.noReasonColumn', { file: request.file.name });
  }
  const entries = readEntries(db, request.track);
  const locked = latestResultVersion(db, trackId) !== null;
  const trackName = track.name;
  let plan: PointsPlan<unknown>;
  let writes: Write[];
  let changes: PointsPreview['changes'];
  let rowCount: number;
  let fromTotal = false;
  if (request.kind === 'quiz') {
    const read = readQuizRows(grid, index, columns, quiz);
    const stored = new Map<string, number>();
    for (const entry of entries) {
      for (const criterion of quiz) {
        const value = readObjective(db, entry.id, criterionId(db, trackId, criterion.code)!);
        if (value !== null) stored.set(`${entry.id}:${criterion.code}`, value);
      }
    }
    const quizPlan = planQuiz(read.rows, entries, stored, trackName);
    quizPlan.problems.unshift(...read.problems);
    plan = quizPlan;
    rowCount = rowsRead(read);
    fromTotal = read.rows.some((r) => r.fromTotal);
    changes = quizPlan.changes.map((c) => ({ ...c, reason: null }));
    writes = quizPlan.changes.map((c) => ({
      kind: 'quiz',
      entryId: c.entryId,
      criterion: c.criterion,
      value: c.after,
    }));
  } else {
    const read = readDeductionRows(grid, index, columns);
    const deductionPlan = planDeductions(
      read.rows,
      entries,
      readPenalties(db, trackId),
      trackName.zh,
    );
    deductionPlan.problems.unshift(...read.problems);
    plan = deductionPlan;
    rowCount = rowsRead(read);
    changes = deductionPlan.changes.map((c) => ({
      row: c.row,
      no: c.no,
      name: c.name,
      criterion: null,
      before: null,
      after: c.points,
      reason: c.reason,
    }));
    writes = deductionPlan.changes.map((c) => ({
      kind: 'deduction',
      entryId: c.entryId,
      points: c.points,
      reason: c.reason,
    }));
  }
  plan.problems.sort((a, b) => a.row - b.row);
  // A problem found in the sheet names the contestant as the store knows them.
  for (const problem of plan.problems) {
    if (problem.name !== null || problem.no === null) continue;
    problem.name = entries.find((e) => textKey(e.no) === textKey(problem.no!))?.name ?? null;
  }
  const preview: PointsPreview = {
    file: request.file.name,
    sheet: grid.sheet,
    headerRow: index + 1,
    columns: columns.map((c) => ({
      letter: c.letter,
      header: cleanValue(c.header),
      meaning: c.meaning?.kind ?? null,
      criterion: c.meaning?.kind === 'question' ? c.meaning.criterion : null,
    })),
    rowCount,
    problems: plan.problems,
    changes,
    unchanged: plan.unchanged,
    blank: plan.blank,
    notInFile: plan.notInFile.map((e) => ({ no: e.no, name: e.name })),
    fromTotal,
    locked,
  };
  return { preview, writes, problems: plan.problems };
}

/** Data rows of the file, those with problems among them. */
const rowsRead = (read: { rows: Array<{ row: number }>; problems: Array<{ row: number }> }) =>
  new Set([...read.rows, ...read.problems].map((r) => r.row)).size;

export async function previewPoints(db: Db, request: PointsImportRequest): Promise<PointsPreview> {
  return analyze(db, request, await readGrid(request.file)).preview;
}

/** All or nothing: any problem refuses the whole file; otherwise one transaction writes it. */
export async function applyPoints(db: Db, request: PointsImportRequest): Promise<PointsSummary> {
  const grid = await readGrid(request.file);
  const { preview, problems } = analyze(db, request, grid);
  const { kind } = request;
  if (problems.length > 0) {
    throw new AppFailure([
      { code: 'points.hasProblems', params: { count: problems.length } },
      ...problems.map(pointsProblemError),
    ]);
  }
  if (kind === 'quiz' && preview.locked && !request.reason?.trim()) {
    throw AppFailure.of('points.lockedReason');
  }
  if (preview.changes.length > 0) {
    snapshotBefore(db, db.name, kind === 'quiz' ? 'quiz-import' : 'deductions-import');
    inTransaction(db, () => {
      // Read again inside the transaction: the plan written is the plan of this state.
      for (const write of analyze(db, request, grid).writes) {
        if (write.kind === 'quiz') {
          const { entryId, criterion, value } = write;
          const reason = request.reason ? { reason: request.reason } : {};
          setObjective(db, { entryId, criterion, value, ...reason });
        } else {
          const { entryId, points, reason } = write;
          addPenalty(db, { entryId, rule: null, points, reason });
        }
      }
    });
  }
  return {
    changed: preview.changes.length,
    unchanged: preview.unchanged,
    blank: preview.blank,
    notInFile: preview.notInFile.length,
  };
}
