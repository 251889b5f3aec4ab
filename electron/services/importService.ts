import type { ImportPreview, ImportSummary } from '../../shared/api/import';
import { type AppError, AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { planJudges, planRoster } from '../../shared/roster/diff';
import { fieldsOf, type ImportKind, type Mapping } from '../../shared/roster/fields';
import {
  columnLetter,
  detectHeaderRow,
  HEADER_SEARCH_ROWS,
  suggestMapping,
} from '../../shared/roster/headers';
import { cleanValue } from '../../shared/roster/normalize';
import {
  fieldLabels,
  type Grid,
  type ImportProblem,
  readJudgeRows,
  readRosterRows,
} from '../../shared/roster/records';
import { type Db, inTransaction } from '../store/database';
import { entryHasMarks, readEntries } from '../store/entriesTable';
import { judgeHasScores, readJudges } from '../store/judgesTable';
import { snapshotBefore } from '../store/snapshots';
import { parseUntrusted } from '../workers/untrustedParser';
import { loadCompetition } from './competitionService';
import { removeEntry, removeJudge, saveEntry, saveJudge } from './rosterService';

export interface ImportRequest {
  kind: ImportKind;
  track?: string | undefined;
  file: { name: string; bytes: Uint8Array };
  mapping?: Mapping | undefined;
  /**
   * Also remove the entries or judges of the file's scope that it does not list (never those
   * with marks). Off unless asked: a supplementary list names only the late ones.
   */
  removeMissing?: boolean | undefined;
}

const PREVIEW_ROWS = 200;

/**
 * The file as a grid of text, read in the untrusted-file worker: a spreadsheet from outside
 * cannot hang or exhaust the app, whatever SheetJS makes of it.
 */
async function readGrid(file: ImportRequest['file']): Promise<Grid> {
  const read = await parseUntrusted('rosterSheet', { bytes: file.bytes }, file.name);
  if (!read.ok) throw new AppFailure([read.error]);
  if (!read.value.ok) throw new AppFailure(read.value.errors);
  return read.value.value;
}

/**
 * Maps and checks the file's grid, and works out what applying it would change. Synchronous,
 * so that what it reads of the store is still so when applyImport writes.
 */
function analyze(db: Db, request: ImportRequest, grid: Grid) {
  const { kind, file } = request;
  const tracks = loadCompetition(db).tracks;
  if (request.track !== undefined && !tracks.some((t) => t.code === request.track)) {
    throw AppFailure.of('track.notFound', { code: request.track });
  }
  const headerIndex = detectHeaderRow(grid.rows, kind);
  if (headerIndex === null) {
    throw AppFailure.of('import.noHeader', { file: file.name, rows: HEADER_SEARCH_ROWS });
  }
  const width = Math.max(...grid.rows.map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) =>
    cleanValue(grid.rows[headerIndex]![i] ?? ''),
  );
  const suggested = suggestMapping(headers, kind);
  const mapping = request.mapping ?? suggested;
  if (mapping.length !== width) {
    throw AppFailure.of('import.mappingLength', { given: mapping.length, columns: width });
  }
  const allowed = new Set(fieldsOf(kind));
  const cleanMapping = mapping.map((f) => (f !== null && allowed.has(f) ? f : null));
  // What both kinds report about the file itself.
  const read = { grid, headerIndex, headers, suggested, mapping: cleanMapping, kind };

  if (kind === 'roster') {
    const { records, problems } = readRosterRows(
      grid,
      headerIndex,
      cleanMapping,
      tracks,
      request.track,
    );
    const scope = [
      ...new Set([...records.map((r) => r.track), ...(request.track ? [request.track] : [])]),
    ];
    const plan = planRoster(
      records,
      readEntries(db),
      scope,
      (id) => entryHasMarks(db, id),
      request.removeMissing === true,
    );
    const rows = records.map((r) => ({
      row: r.row,
      values: {
        no: r.no,
        name: r.name,
        track: r.track,
        group: r.group,
        organization: r.organization ?? '',
        region: r.region ?? '',
        title: r.title ?? '',
        members: (r.members ?? [])
          .map((m) => (m.role ? `${m.name}（${m.role}）` : m.name))
          .join('、'),
      },
    }));
    return { ...read, rows, problems, plan };
  }
  const judgeRows = readJudgeRows(grid, headerIndex, cleanMapping, tracks);
  const { records } = judgeRows;
  const plan = planJudges(
    records,
    readJudges(db),
    (id) => judgeHasScores(db, id),
    request.removeMissing === true,
  );
  const problems = [...judgeRows.problems, ...plan.problems].sort((a, b) => a.row - b.row);
  const rows = records.map((r) => ({
    row: r.row,
    values: {
      name: r.name,
      organization: r.organization ?? '',
      region: r.region ?? '',
      tracks: (r.tracks ?? []).join(','),
    },
  }));
  return { ...read, rows, problems, plan };
}

export async function previewImport(db: Db, request: ImportRequest): Promise<ImportPreview> {
  const a = analyze(db, request, await readGrid(request.file));
  const body = a.grid.rows.slice(a.headerIndex + 1);
  return {
    file: request.file.name,
    sheet: a.grid.sheet,
    headerRow: a.headerIndex + 1,
    columns: a.headers.map((header, index) => ({
      index,
      letter: columnLetter(index),
      header,
      samples: body
        .map((row) => cleanValue(row[index] ?? ''))
        .filter((v) => v !== '')
        .slice(0, 3),
    })),
    fields: [...fieldsOf(request.kind)],
    suggested: a.suggested,
    mapping: a.mapping,
    rowCount: a.rows.length,
    rows: a.rows.slice(0, PREVIEW_ROWS),
    problems: a.problems,
    diff: a.plan.diff,
  };
}

/** All or nothing: with any problem nothing is written; otherwise one transaction does it all. */
export async function applyImport(db: Db, request: ImportRequest): Promise<ImportSummary> {
  const a = analyze(db, request, await readGrid(request.file));
  if (a.problems.length > 0) {
    throw new AppFailure([
      { code: 'import.hasProblems', params: { count: a.problems.length } },
      ...a.problems.map(problemError),
    ]);
  }
  snapshotBefore(db, db.name, 'roster-import');
  inTransaction(db, () => {
    if (a.kind === 'roster') {
      const plan = a.plan as ReturnType<typeof planRoster>;
      for (const id of plan.remove) removeEntry(db, id);
      for (const entry of plan.save) saveEntry(db, entry);
    } else {
      const plan = a.plan as ReturnType<typeof planJudges>;
      for (const id of plan.remove) removeJudge(db, id);
      for (const judge of plan.save) saveJudge(db, judge);
    }
  });
  const { diff } = a.plan;
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    unchanged: diff.unchanged,
    keptWithMarks: diff.keptWithMarks,
    missing: diff.missing,
  };
}

/** A problem as one message in both languages: “第 5 行，C 列：缺少姓名”. */
export function problemError(problem: ImportProblem): AppError {
  const text = (language: 'zh-CN' | 'en') =>
    translate(
      language,
      problem.code,
      Object.fromEntries(Object.entries(problem.params ?? {}).map(([k, v]) => [k, v])),
    );
  const column = (language: 'zh-CN' | 'en') =>
    problem.column ? translate(language, 'import.atColumn', { column: problem.column }) : '';
  return {
    code: 'import.at',
    params: {
      row: problem.row,
      column: { zh: column('zh-CN') || '', en: column('en') || '' },
      message: { zh: text('zh-CN'), en: text('en') },
    },
  };
}

export { fieldLabels };
