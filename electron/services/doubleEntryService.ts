import type {
  DoubleEntryCell,
  DoubleEntrySheetLine,
  DoubleEntryView,
} from '../../shared/api/entryGrids';
import { offScale } from '../../shared/domain/markRules';
import { formatPoints } from '../../shared/domain/points';
import type { Criterion, Track } from '../../shared/domain/rubric';
import { sameText } from '../../shared/domain/textKey';
import { AppFailure } from '../../shared/errors';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { translate } from '../../shared/i18n/catalog';
import { seatedName } from '../../shared/panel/seats';
import {
  type CellState,
  compareCell,
  countStates,
  mergeableValue,
  type PassNumber,
} from '../../shared/paper/doubleEntry';
import { namedMarkError } from '../../shared/paper/namedMarkError';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import {
  finishPass,
  readPasses,
  readResolutions,
  readTypedCells,
  startPass,
  writeResolution,
  writeTypedCell,
} from '../store/doubleEntryTable';
import { readEntries } from '../store/entriesTable';
import { panelJudgeIds, readJudgeIdentity, recusedEntryIds } from '../store/judgePanelsRead';
import { criterionId } from '../store/marksTable';
import { judgeSeats } from '../store/panelSeatsTable';
import { readRole } from '../store/roleTable';
import { readJudgeCells } from '../store/scoreCellsTable';
import { mergePaperMarks } from './paperMarksMerge';
import { requireTrack } from './rubricService';
import { sha256Hex } from './signing';

// Double entry of a judge's paper sheet (shared/paper/doubleEntry.ts decides each cell): what each
// pass types is kept apart; a cell both agree on, or one a person decided, is merged into the
// judge's marks through the same rule as an imported paper sheet (paperMarksMerge.ts).

interface Sheet {
  trackId: number;
  track: Track;
  judge: { id: number; name: string; seat: number | null };
  criteria: Criterion[];
  entries: ReturnType<typeof readEntries>;
}

function openSheet(db: Db, trackCode: string, judgeId: number): Sheet {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('paperSheet.notOrganizerStore');
  const { id: trackId, track } = requireTrack(db, trackCode);
  const judge = readJudgeIdentity(db, judgeId);
  if (!judge) throw AppFailure.of('paperSheet.judgeNotFound', { id: judgeId });
  if (!panelJudgeIds(db, trackCode).includes(judgeId)) {
    throw AppFailure.of('doubleEntry.notOnPanel', { judge: judge.name, track: track.name });
  }
  const recused = recusedEntryIds(db, judgeId);
  return {
    trackId,
    track,
    judge: { id: judge.id, name: judge.name, seat: judgeSeats(db, judgeId)[trackCode] ?? null },
    criteria: track.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria),
    // The rows of the printed sheet: running order, the judge's recusals left out.
    entries: readEntries(db, trackCode).filter((e) => !recused.has(e.id)),
  };
}

const cellKey = (entryId: number, criterion: string) => `${entryId}:${criterion}`;

function sheetCells(db: Db, sheet: Sheet): DoubleEntryCell[] {
  const passes = readPasses(db, sheet.judge.id, sheet.trackId);
  const finished = (n: PassNumber) => passes.some((p) => p.pass === n && p.finishedAt !== null);
  const typed = new Map<string, ReturnType<typeof readTypedCells>[number]>();
  for (const cell of readTypedCells(db, sheet.judge.id, sheet.trackId)) {
    typed.set(`${cellKey(cell.entryId, cell.criterion)}:${cell.pass}`, cell);
  }
  const resolutions = new Map(
    readResolutions(db, sheet.judge.id, sheet.trackId).map((r) => [
      cellKey(r.entryId, r.criterion),
      r,
    ]),
  );
  const stored = new Map(
    readJudgeCells(db, sheet.judge.id).map((c) => [cellKey(c.entryId, c.criterion), c.value]),
  );
  return sheet.entries.flatMap((entry) =>
    sheet.criteria.map((criterion) => {
      const key = cellKey(entry.id, criterion.code);
      const first = typed.get(`${key}:1`);
      const second = typed.get(`${key}:2`);
      const resolution = resolutions.get(key);
      const state = compareCell(
        { cell: first && { typed: true, value: first.value }, finished: finished(1) },
        { cell: second && { typed: true, value: second.value }, finished: finished(2) },
        resolution,
      );
      const side = (c: typeof first) =>
        c && { value: c.value, typist: c.typist, typedAt: c.typedAt };
      return {
        entryId: entry.id,
        criterion: criterion.code,
        ...(first ? { first: side(first) } : {}),
        ...(second ? { second: side(second) } : {}),
        state,
        ...(resolution && state.kind === 'resolved'
          ? {
              resolution: {
                value: resolution.value,
                by: resolution.decidedBy,
                reason: resolution.reason,
                at: resolution.decidedAt,
              },
            }
          : {}),
        stored: stored.get(key) ?? null,
      };
    }),
  );
}

function viewOf(db: Db, sheet: Sheet): DoubleEntryView {
  const cells = sheetCells(db, sheet);
  return {
    track: sheet.track.code,
    judge: sheet.judge,
    criteria: sheet.criteria.map((c) => c.code),
    entries: sheet.entries.map((e) => ({
      id: e.id,
      no: e.no,
      name: e.name,
      drawOrder: e.drawOrder,
    })),
    passes: readPasses(db, sheet.judge.id, sheet.trackId),
    cells,
    counts: countStates(cells.map((c) => c.state)),
  };
}

export function doubleEntryView(db: Db, track: string, judgeId: number): DoubleEntryView {
  return viewOf(db, openSheet(db, track, judgeId));
}

export function doubleEntrySheets(db: Db, track: string): DoubleEntrySheetLine[] {
  return panelJudgeIds(db, track).map((judgeId) => {
    const sheet = openSheet(db, track, judgeId);
    return {
      judgeId,
      name: sheet.judge.name,
      seat: sheet.judge.seat,
      passes: readPasses(db, judgeId, sheet.trackId),
      counts: countStates(sheetCells(db, sheet).map((c) => c.state)),
    };
  });
}

/** The pass is this typist's (started now if new), and the other pass is someone else's. */
function claimPass(db: Db, sheet: Sheet, pass: PassNumber, typist: string): void {
  const passes = readPasses(db, sheet.judge.id, sheet.trackId);
  const mine = passes.find((p) => p.pass === pass);
  const other = passes.find((p) => p.pass !== pass);
  // The guard is two people: one typist twice would repeat their own misreading.
  if (other && sameText(other.typist, typist)) {
    throw AppFailure.of('doubleEntry.sameTypist', { typist, pass: other.pass });
  }
  if (mine && !sameText(mine.typist, typist)) {
    throw AppFailure.of('doubleEntry.passTaken', { pass, typist: mine.typist });
  }
  if (!mine) startPass(db, { judgeId: sheet.judge.id, trackId: sheet.trackId, pass, typist });
}

function requireCell(sheet: Sheet, entryId: number, code: string) {
  const entry = sheet.entries.find((e) => e.id === entryId);
  if (!entry) throw AppFailure.of('doubleEntry.notOnSheet', { judge: sheet.judge.name });
  const criterion = sheet.criteria.find((c) => c.code === code);
  if (!criterion) throw AppFailure.of('marks.notObjective', { criterion: code });
  return { entry, criterion };
}

/** The same scale check as every mark (checkMark), said with the paper's contestant. */
function requireOnScale(
  entry: { no: string; name: string },
  criterion: Criterion,
  value: number | null,
): void {
  if (value === null) return;
  const off = offScale(value, criterion);
  if (!off) return;
  const params = {
    criterion: criterion.name,
    value: formatPoints(value),
    max: formatPoints(criterion.max),
    step: formatPoints(criterion.step),
  };
  throw new AppFailure([namedMarkError(entry, { code: `mark.${off}`, params })]);
}

/** Merges the cell when it may merge and the judge's mark is not already that value. */
function mergeIfSettled(db: Db, sheet: Sheet, entryId: number, code: string, by: string): void {
  const { entry, criterion } = requireCell(sheet, entryId, code);
  const cell = sheetCells(db, sheet).find((c) => c.entryId === entryId && c.criterion === code);
  if (!cell) return;
  const value = mergeableValue(cell.state);
  // Blank is missing: an agreed blank merges nothing, and never clears a mark.
  if (value === null || cell.stored === value) return;
  const name = translate('zh-CN', 'doubleEntry.sheetName', {
    track: sheet.track.name.zh,
    judge: seatedName(sheet.judge, 'zh-CN'),
  });
  mergePaperMarks(db, {
    name,
    judge: sheet.judge,
    cells: [
      {
        entryId: entry.id,
        entryNo: entry.no,
        criterionId: criterionId(db, sheet.trackId, criterion.code)!,
        criterion: criterion.code,
        value,
      },
    ],
    fileHash: `double-entry:${sha256Hex(
      canonicalJson([sheet.judge.id, entry.id, code, value, new Date().toISOString()]),
    )}`,
    // Typed by scorekeepers, not submitted by the judge.
    submittedAt: '',
    enteredBy: by,
  });
}

function typists(db: Db, sheet: Sheet): string {
  return readPasses(db, sheet.judge.id, sheet.trackId)
    .map((p) => p.typist)
    .join(' / ');
}

export function typeDoubleEntryCell(
  db: Db,
  input: {
    track: string;
    judgeId: number;
    pass: PassNumber;
    typist: string;
    entryId: number;
    criterion: string;
    value: number | null;
  },
): DoubleEntryView {
  return inTransaction(db, () => {
    const sheet = openSheet(db, input.track, input.judgeId);
    const { entry, criterion } = requireCell(sheet, input.entryId, input.criterion);
    requireOnScale(entry, criterion, input.value);
    claimPass(db, sheet, input.pass, input.typist);
    writeTypedCell(db, {
      judgeId: sheet.judge.id,
      entryId: entry.id,
      criterionId: criterionId(db, sheet.trackId, criterion.code)!,
      pass: input.pass,
      value: input.value,
      typist: input.typist,
    });
    mergeIfSettled(db, sheet, entry.id, criterion.code, typists(db, sheet));
    return viewOf(db, sheet);
  });
}

export function finishDoubleEntryPass(
  db: Db,
  input: { track: string; judgeId: number; pass: PassNumber; typist: string },
): DoubleEntryView {
  return inTransaction(db, () => {
    const sheet = openSheet(db, input.track, input.judgeId);
    claimPass(db, sheet, input.pass, input.typist);
    finishPass(db, sheet.judge.id, sheet.trackId, input.pass);
    // What the other pass typed where this one left a blank is now a disagreement, not merged;
    // an agreement can only be blank and blank. Nothing to merge.
    return viewOf(db, sheet);
  });
}

export function resolveDoubleEntryCell(
  db: Db,
  input: {
    track: string;
    judgeId: number;
    entryId: number;
    criterion: string;
    value: number | null;
    by: string;
    reason: string;
  },
): DoubleEntryView {
  return inTransaction(db, () => {
    const sheet = openSheet(db, input.track, input.judgeId);
    const { entry, criterion } = requireCell(sheet, input.entryId, input.criterion);
    const cell = sheetCells(db, sheet).find(
      (c) => c.entryId === entry.id && c.criterion === criterion.code,
    );
    const state: CellState = cell?.state ?? { kind: 'waiting' };
    if (state.kind !== 'mismatch' && state.kind !== 'resolved') {
      throw AppFailure.of('doubleEntry.nothingToResolve', {
        no: entry.no,
        name: entry.name,
        criterion: criterion.name,
      });
    }
    requireOnScale(entry, criterion, input.value);
    writeResolution(db, {
      judgeId: sheet.judge.id,
      entryId: entry.id,
      criterionId: criterionId(db, sheet.trackId, criterion.code)!,
      first: state.first,
      second: state.second,
      value: input.value,
      decidedBy: input.by,
      reason: input.reason,
    });
    recordAudit(db, {
      actor: input.by,
      action: 'doubleEntry.resolve',
      subject: `judge:${sheet.judge.id}:entry:${entry.id}:${criterion.code}`,
      before: { first: state.first, second: state.second, typists: typists(db, sheet) },
      after: { value: input.value },
      reason: input.reason,
    });
    mergeIfSettled(db, sheet, entry.id, criterion.code, input.by);
    return viewOf(db, sheet);
  });
}
