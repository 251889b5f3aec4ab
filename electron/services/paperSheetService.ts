import type { PaperSheetImportSummary } from '../../shared/api/paperSheets';
import { formatPoints } from '../../shared/domain/points';
import type { Track } from '../../shared/domain/rubric';
import { type AppError, AppFailure, type MessageParam } from '../../shared/errors';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import {
  cellAddress,
  isBlank,
  layout,
  MARKER_SHEET,
  MAX_LISTED_ERRORS,
  MAX_SHEET_BYTES,
  MAX_SHEET_CELLS,
  PAPER_SHEET_FORMAT,
  PAPER_SHEET_VERSION,
  type PaperMarker,
  paperMarkerSchema,
  type RawCell,
  readScoreCell,
  shownText,
} from '../../shared/formats/paperSheet';
import { fileNamePart, signedPayload } from '../../shared/formats/signedFile';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { seatedName, seatLabel } from '../../shared/panel/seats';
import { readCompetition, readCompetitionKeys } from '../store/competitionTable';
import { type Db, inTransaction } from '../store/database';
import { readEntries } from '../store/entriesTable';
import {
  panelJudgeIds,
  panelTracks,
  readJudgeIdentity,
  recusedEntryIds,
} from '../store/judgePanelsRead';
import { criterionId } from '../store/marksTable';
import { mergedBefore } from '../store/mergedFilesTable';
import { judgeSeats } from '../store/panelSeatsTable';
import { readRole } from '../store/roleTable';
import { snapshotBefore } from '../store/snapshots';
import { trackId } from '../store/tracksTable';
import type { ReadWorkbook } from '../workers/paperWorkbookReader';
import { parseUntrusted } from '../workers/untrustedParser';
import { storedZip } from '../workers/zipArchive';
import { signAsCompetition } from './competitionKeys';
import { safeFileName } from './exportService';
import { mergePaperMarks } from './paperMarksMerge';
import { type PaperWorkbookModel, paperWorkbookBuffer } from './paperSheetWorkbook';
import { applyAutoRecusals } from './recusalService';
import type { CheckedCell } from './scoreFileCheck';
import { rubricFingerprint, sha256Hex, verifyWith } from './signing';

// Organizer: blank paper score sheets out (one .xlsx per judge and track) and the filled sheets
// back in. A returned sheet is recognized by its signed marker, checked cell by cell, and merged
// through the same decisions as a score file (mergeVerifiedCells). See docs/file-formats.md.

const zh = (key: MessageKey, params?: Record<string, MessageParam>) =>
  translate('zh-CN', key, params);

function requireOrganizerStore(db: Db): void {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('paperSheet.notOrganizerStore');
}

const judgedCriteria = (track: Track) =>
  track.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria);

/** A sheet name Excel accepts: ≤ 31 characters, none of : \ / ? * [ ]. */
function sheetName(track: Track): string {
  const clean = track.name.zh.replace(/[:\\/?*[\]']/g, ' ').trim() || track.code;
  return Array.from(clean).slice(0, 31).join('');
}

export interface PaperSheetFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * One workbook per panel track of the judge (only `track` when given). The store is read and
 * the markers signed before the first await, so the sheets of one call show one moment.
 */
export async function exportPaperSheets(
  db: Db,
  judgeId: number,
  track?: string,
): Promise<PaperSheetFile[]> {
  requireOrganizerStore(db);
  const judge = readJudgeIdentity(db, judgeId);
  if (!judge) throw AppFailure.of('paperSheet.judgeNotFound', { id: judgeId });
  applyAutoRecusals(db, { judgeId });
  const panel = panelTracks(db, judgeId);
  const tracks = track === undefined ? panel : panel.filter((t) => t.code === track);
  if (tracks.length === 0) throw AppFailure.of('paperSheet.noPanel', { judge: judge.name });
  const competition = readCompetition(db);
  const fingerprint = rubricFingerprint(panel);
  const recused = recusedEntryIds(db, judgeId);
  const issuedAt = new Date().toISOString();
  const seats = judgeSeats(db, judgeId);
  const models = tracks.map((t) => {
    // Judges sit by seat and the sheets name seats, not the internal id (DOMAIN.md).
    const seat = seats[t.code] ?? null;
    const entries = readEntries(db, t.code).filter((e) => !recused.has(e.id));
    const criteria = judgedCriteria(t);
    const name = sheetName(t);
    const entryList = entries.map((e) => ({ id: e.id, no: e.no }));
    const unsigned: Omit<PaperMarker, 'signature'> = {
      format: PAPER_SHEET_FORMAT,
      version: PAPER_SHEET_VERSION,
      competitionId: competition.id,
      judge: { id: judge.id, name: judge.name },
      rubricFingerprint: fingerprint,
      track: t.code,
      sheet: name,
      criteria: criteria.map((c) => ({ code: c.code, header: c.name.zh })),
      entries: entryList,
      entriesHash: sha256Hex(canonicalJson(entryList)),
      issuedAt,
    };
    const marker: PaperMarker = {
      ...unsigned,
      // Signed by the competition: whoever holds a blank sheet can fill it in, but not make one
      // for another judge or another list of entries.
      signature: signAsCompetition(db, signedPayload(unsigned)),
    };
    const statusNote = (status: string) =>
      status === 'competing' ? '' : `（${zh(`status.${status}` as MessageKey)}）`;
    const fileName = safeFileName(
      zh('paperSheet.fileName', {
        competition: fileNamePart(competition.name),
        track: fileNamePart(t.name.zh),
        judge: fileNamePart(
          seat === null ? `评委${judge.name}` : seatedName({ ...judge, seat }, 'zh-CN'),
        ),
      }),
    );
    const model: PaperWorkbookModel = {
      sheetName: name,
      title: fileName.replace(/\.xlsx$/, ''),
      titleLines: [
        `${competition.name} ${competition.edition}`.trim(),
        zh('paperSheet.subtitle', { track: t.name.zh }),
        zh('paperSheet.judgeLine', {
          seat: seat === null ? zh('mergeScreen.judge') : seatLabel(seat, 'zh-CN'),
          judge: judge.name,
          organization: judge.organization || '—',
        }),
        zh('paperSheet.instructions'),
      ],
      noHeader: zh('paperSheet.colNo'),
      entryHeader: zh('paperSheet.colEntry'),
      totalHeader: zh('paperSheet.colTotal'),
      maxLabel: zh('paperSheet.maxRow'),
      columns: criteria.map((c) => {
        const p = { criterion: c.name.zh, max: formatPoints(c.max), step: formatPoints(c.step) };
        return {
          header: c.name.zh,
          maxText: zh('paperSheet.maxCell', p),
          max: c.max,
          step: c.step,
          promptTitle: c.name.zh,
          prompt: zh('paperSheet.validationPrompt', p),
          errorTitle: zh('paperSheet.validationErrorTitle', p),
          error: zh('paperSheet.validationError', p),
        };
      }),
      rows: entries.map((e) => ({
        no: e.no,
        label: [e.name, e.title].filter(Boolean).join(' · ') + statusNote(e.status),
      })),
      signature: zh('paperSheet.signature'),
      footer: zh('paperSheet.footer'),
      markerJson: canonicalJson(marker),
    };
    return { fileName, model };
  });
  return Promise.all(
    models.map(async ({ fileName, model }) => ({
      fileName,
      bytes: await paperWorkbookBuffer(model),
    })),
  );
}

/** Every judge on a panel (of `track` only, when given): one workbook per judge and track. */
export async function exportAllPaperSheets(db: Db, track?: string): Promise<PaperSheetFile[]> {
  requireOrganizerStore(db);
  const judges = panelJudgeIds(db, track);
  if (judges.length === 0) throw AppFailure.of('paperSheet.noJudges');
  // Each call reads the store before it first waits: all of it happens here, in this order.
  const files = await Promise.all(judges.map((id) => exportPaperSheets(db, id, track)));
  return files.flat();
}

/** The workbooks as one zip (names in UTF-8), for a single download. */
export function zipPaperSheets(files: PaperSheetFile[]): Buffer {
  const taken = new Set<string>();
  const entries = files.map((file) => {
    let name = file.fileName;
    for (let n = 2; taken.has(name); n++) name = file.fileName.replace(/\.xlsx$/, `-${n}.xlsx`);
    taken.add(name);
    return { name, bytes: file.bytes };
  });
  return storedZip(entries);
}

// ——— Import ———

interface CellError extends AppError {
  cell: string;
}

type Recognized =
  | {
      ok: true;
      marker: PaperMarker;
      sheet: ReadWorkbook['sheets'][number];
      others: ReadWorkbook['sheets'];
    }
  | { ok: false; error: AppError; judge?: string };

/** The marker, read from the hidden sheet (its place is fixed, its sheet may be unhidden). */
function recognize(book: ReadWorkbook): Recognized {
  const markerSheet = book.sheets.find((s) => s.name === MARKER_SHEET);
  const chunks = markerSheet?.cells
    .filter((c) => c.column === 0 && c.cell.kind === 'text')
    .map((c) => (c.cell as { text: string }).text);
  if (!chunks?.length) return { ok: false, error: { code: 'paperSheet.noMarker' } };
  let json: unknown;
  try {
    json = JSON.parse(chunks.join(''));
  } catch {
    return { ok: false, error: { code: 'paperSheet.badMarker', params: { detail: 'JSON' } } };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PAPER_SHEET_VERSION) {
    return {
      ok: false,
      error: {
        code: 'paperSheet.newerVersion',
        params: { found: version, supported: PAPER_SHEET_VERSION },
      },
    };
  }
  if (typeof version === 'number' && version < PAPER_SHEET_VERSION) {
    return { ok: false, error: { code: 'paperSheet.olderVersion', params: { found: version } } };
  }
  const parsed = paperMarkerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: {
        code: 'paperSheet.badMarker',
        params: { detail: `${issue?.path.join('.') || '—'}: ${issue?.message ?? ''}` },
      },
    };
  }
  const marker = parsed.data;
  const sheet = book.sheets.find((s) => s.name === marker.sheet);
  if (!sheet) {
    return {
      ok: false,
      error: { code: 'paperSheet.sheetMissing', params: { sheet: marker.sheet } },
    };
  }
  const others = book.sheets.filter((s) => s !== sheet && s !== markerSheet);
  return { ok: true, marker, sheet, others };
}

interface CheckedSheet {
  judge: { id: number; name: string };
  marker: PaperMarker;
  cells: Array<Omit<CheckedCell, 'revision' | 'updatedAt' | 'key'>>;
}

/** Every reason to refuse the sheet, checked before anything is written. */
function checkSheet(
  db: Db,
  book: ReadWorkbook,
):
  | { ok: true; sheet: CheckedSheet }
  | {
      ok: false;
      error: AppError;
      judge?: string;
      cellErrors?: CellError[];
    } {
  const recognized = recognize(book);
  if (!recognized.ok) return recognized;
  const { marker, sheet, others } = recognized;
  const refuse = (code: MessageKey, params?: Record<string, MessageParam>) => ({
    ok: false as const,
    error: params ? { code, params } : { code },
    judge: marker.judge.name,
  });
  if (readCompetition(db).id !== marker.competitionId) {
    return refuse('paperSheet.otherCompetition', { found: marker.competitionId });
  }
  const judge = readJudgeIdentity(db, marker.judge.id);
  if (!judge)
    return refuse('paperSheet.unknownJudge', { id: marker.judge.id, name: marker.judge.name });
  const { publicKey } = readCompetitionKeys(db);
  if (!publicKey || !verifyWith(publicKey, signedPayload(marker), marker.signature)) {
    return refuse('paperSheet.badSignature', { judge: judge.name });
  }
  const panel = panelTracks(db, judge.id);
  const track = panel.find((t) => t.code === marker.track);
  if (!track || rubricFingerprint(panel) !== marker.rubricFingerprint) {
    return refuse('paperSheet.otherRubric', { judge: judge.name });
  }
  const criteria = new Map(judgedCriteria(track).map((c) => [c.code, c]));
  const tId = trackId(db, track.code)!;
  for (const c of marker.criteria) {
    if (!criteria.has(c.code)) return refuse('paperSheet.otherRubric', { judge: judge.name });
  }
  for (const s of [sheet, ...others]) {
    if (s.cells.length > MAX_SHEET_CELLS) {
      return refuse('paperSheet.tooManyCells', {
        sheet: s.name,
        count: s.cells.length,
        max: MAX_SHEET_CELLS,
      });
    }
  }

  const errors: CellError[] = [];
  const error = (
    row: number,
    column: number,
    code: MessageKey,
    params: Record<string, MessageParam> = {},
  ) => {
    const cell = cellAddress(row, column);
    errors.push({ cell, code, params: { cell, ...params } });
  };
  const grid = new Map<string, RawCell>();
  for (const { row, column, cell } of sheet.cells) grid.set(`${row}:${column}`, cell);
  const at = (row: number, column: number) => grid.get(`${row}:${column}`);
  const textOf = (cell: RawCell | undefined) =>
    cell === undefined || isBlank(cell) ? '' : shownText(cell).trim();

  const first = layout.firstCriterionColumn;
  const totalColumn = first + marker.criteria.length;
  const lastDataRow = layout.firstDataRow + marker.entries.length - 1;
  const signatureRow = lastDataRow + 2;

  // Columns still where they were.
  marker.criteria.forEach((c, j) => {
    const found = textOf(at(layout.headerRow, first + j));
    if (found !== c.header) {
      error(layout.headerRow, first + j, 'paperSheet.cell.headerMoved', {
        expected: c.header,
        found,
      });
    }
  });
  const entries = new Map(readEntries(db, track.code).map((e) => [e.id, e]));
  const recused = recusedEntryIds(db, judge.id);
  const cells: CheckedSheet['cells'] = [];
  marker.entries.forEach((expected, i) => {
    const row = layout.firstDataRow + i;
    const found = textOf(at(row, layout.noColumn));
    if (found !== expected.no) {
      error(row, layout.noColumn, 'paperSheet.cell.entryMoved', { expected: expected.no, found });
      return;
    }
    const entry = entries.get(expected.id);
    marker.criteria.forEach((c, j) => {
      const criterion = criteria.get(c.code)!;
      const reading = readScoreCell(at(row, first + j), criterion.max, criterion.step);
      if (!reading.ok) {
        const params = {
          value: reading.shown,
          text: reading.shown,
          max: formatPoints(criterion.max),
          step: formatPoints(criterion.step),
        };
        error(row, first + j, `paperSheet.cell.${reading.code}` as MessageKey, params);
        return;
      }
      if (reading.value === null) return; // Blank is missing, never 0.
      if (!entry || entry.no !== expected.no) {
        error(row, first + j, 'paperSheet.cell.entryGone', { no: expected.no });
        return;
      }
      if (recused.has(entry.id)) {
        error(row, first + j, 'paperSheet.cell.recused', { no: expected.no });
        return;
      }
      cells.push({
        entryId: entry.id,
        entryNo: entry.no,
        criterionId: criterionId(db, tId, c.code)!,
        criterion: c.code,
        value: reading.value,
      });
    });
  });

  // Nothing typed outside the grid: only the cells we wrote (their text is not read), the total
  // column and the signature row may hold anything.
  for (const { row, column, cell } of sheet.cells) {
    if (isBlank(cell)) continue;
    const ours =
      (row < layout.titleRows && column === 0) ||
      ((row === layout.headerRow || row === layout.maxRow) && column <= totalColumn) ||
      (row >= layout.firstDataRow && row <= lastDataRow && column <= totalColumn) ||
      row === signatureRow;
    if (!ours) error(row, column, 'paperSheet.cell.outsideGrid', { text: shownText(cell) });
  }
  for (const other of others) {
    for (const { row, column, cell } of other.cells) {
      if (isBlank(cell)) continue;
      const address = `${other.name}!${cellAddress(row, column)}`;
      errors.push({
        cell: address,
        code: 'paperSheet.cell.otherSheet',
        params: { cell: address, text: shownText(cell) },
      });
    }
  }
  if (errors.length > 0) {
    return {
      ok: false,
      error: { code: 'paperSheet.cellErrors', params: { count: errors.length } },
      judge: judge.name,
      cellErrors: errors,
    };
  }
  return { ok: true, sheet: { judge: { id: judge.id, name: judge.name }, marker, cells } };
}

/**
 * Imports filled-in sheets. Each file is all or nothing. Revision rule (docs/file-formats.md,
 * "Paper score sheets"): a mark equal to the stored one keeps its revision (unchanged); a
 * different mark gets the stored revision + 1 and wins; a sheet whose recognized content was
 * imported before changes nothing, whatever came in between.
 */
export async function importPaperSheets(
  db: Db,
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<PaperSheetImportSummary[]> {
  requireOrganizerStore(db);
  if (files.length > 0) snapshotBefore(db, db.name, 'sheet-import');
  // Each workbook is read in the untrusted-file worker (a file from outside cannot hang or
  // exhaust the app), then checked and written here, in one synchronous transaction.
  const summaries: PaperSheetImportSummary[] = [];
  for (const file of files) {
    if (file.bytes.length > MAX_SHEET_BYTES) {
      summaries.push(
        refused(file.name, null, {
          code: 'paperSheet.tooLarge',
          params: { size: file.bytes.length, max: MAX_SHEET_BYTES },
        }),
      );
      continue;
    }
    const read = await parseUntrusted('paperWorkbook', { bytes: file.bytes }, file.name);
    summaries.push(
      !read.ok
        ? refused(file.name, null, read.error)
        : read.value
          ? importOne(db, file.name, read.value)
          : refused(file.name, null, { code: 'paperSheet.notWorkbook' }),
    );
  }
  return summaries;
}

function refused(
  name: string,
  judge: string | null,
  reason: AppError,
  cellErrors: CellError[] = [],
): PaperSheetImportSummary {
  return {
    name,
    judge,
    status: 'refused',
    applied: 0,
    unchanged: 0,
    older: 0,
    conflicts: 0,
    reason: { code: reason.code, ...(reason.params ? { params: reason.params } : {}) },
    cellErrors: cellErrors.slice(0, MAX_LISTED_ERRORS).map((e) => ({
      cell: e.cell,
      code: e.code,
      params: e.params ?? {},
    })),
    moreErrors: Math.max(0, cellErrors.length - MAX_LISTED_ERRORS),
  };
}

function importOne(db: Db, name: string, book: ReadWorkbook): PaperSheetImportSummary {
  const file = { name };
  try {
    return inTransaction(db, () => {
      const checked = checkSheet(db, book);
      if (!checked.ok) {
        return refused(file.name, checked.judge ?? null, checked.error, checked.cellErrors);
      }
      const { judge, marker, cells } = checked.sheet;
      // What the sheet says, independent of how the office suite saved the bytes.
      const fileHash = `paper-sheet:${sha256Hex(
        canonicalJson({
          marker: marker.signature,
          cells: cells.map((c) => [c.entryId, c.criterion, c.value]),
        }),
      )}`;
      if (mergedBefore(db, judge.id, fileHash)) {
        return {
          name: file.name,
          judge: judge.name,
          status: 'unchanged' as const,
          applied: 0,
          unchanged: cells.length,
          older: 0,
          conflicts: 0,
          reason: null,
          cellErrors: [],
          moreErrors: 0,
        };
      }
      const counts = mergePaperMarks(db, {
        name: file.name,
        judge,
        cells,
        fileHash,
        submittedAt: marker.issuedAt,
      });
      return {
        name: file.name,
        judge: judge.name,
        status: counts.applied > 0 ? ('applied' as const) : ('unchanged' as const),
        ...counts,
        reason: null,
        cellErrors: [],
        moreErrors: 0,
      };
    });
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    return refused(file.name, null, error.errors[0]!);
  }
}
