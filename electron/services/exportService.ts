import type { Language } from '../../shared/api/app';
import {
  type SheetModel,
  type TrackSheetsInput,
  trackSheets,
} from '../../shared/formats/resultsSheets';
import { translate } from '../../shared/i18n/catalog';
import { type Db, readTransaction } from '../store/database';
import { writeFileAtomic } from './atomicWrite';
import { loadCompetition } from './competitionService';
import { scoringInput, trackResultsOf } from './resultsService';
import { requireTrack } from './rubricService';
import { workbookBuffer } from './xlsxWriter';

export { workbookBuffer };

export interface ExportOptions {
  /** One track's code; all tracks that have entries when absent. */
  track?: string | undefined;
  language: Language;
  /** When the workbook is made (the title says it); now when absent. */
  now?: Date;
}

/** "2026-10-22 16:05" on this machine's clock: the time people at the venue read. */
export function localTimeText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The published results as sheet models, read in one go so every sheet shows the same data. */
export function resultsWorkbookModel(
  db: Db,
  options: ExportOptions,
): { fileName: string; sheets: SheetModel[] } {
  // One transaction: a snapshot, even if another process (the app) writes meanwhile.
  const { competition, read } = readTransaction(db, () => {
    const competition = loadCompetition(db);
    const codes = options.track
      ? [requireTrack(db, options.track).track.code]
      : competition.tracks.map((track) => track.code);
    const read = codes.map((code): TrackSheetsInput => {
      const read = scoringInput(db, code);
      const { input } = read;
      return { track: input.track, view: trackResultsOf(db, read), marks: input.marks };
    });
    return { competition, read };
  });
  // A whole-competition workbook leaves out tracks nobody entered (a provincial round may run
  // only some of the template's tracks), unless that would leave nothing at all.
  const withEntries = read.filter(({ view }) => view.results.entries.length > 0);
  const exported = options.track || withEntries.length === 0 ? read : withEntries;
  const sheets: SheetModel[] = [];
  const exportedAt = localTimeText(options.now ?? new Date());
  for (const input of exported) {
    const taken = sheets.map((sheet) => sheet.name);
    sheets.push(...trackSheets(competition, input, options.language, taken, exportedAt));
  }
  const fileName = workbookFileName(
    competition.name,
    exported,
    options.language,
    Boolean(options.track),
  );
  return { fileName, sheets };
}

/** A file name Windows, macOS and Linux all accept, ending in .xlsx. */
export function safeFileName(name: string): string {
  const clean = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  // 100 characters keep the full path well inside Windows' 260 even in a deep folder.
  return `${Array.from(clean).slice(0, 100).join('') || 'ScoreDesk'}.xlsx`;
}

/** v2 when every exported track is published as it stands (v1-v2 when they differ); else a draft. */
export function workbookFileName(
  competition: string,
  exported: TrackSheetsInput[],
  language: Language,
  singleTrack: boolean,
): string {
  const locks = exported.map(({ view }) => view.lock);
  const published = locks.every((lock) => lock?.current);
  const versions = [...new Set(locks.map((lock) => lock?.version ?? 0))].sort((a, b) => a - b);
  const version = published
    ? versions.map((v) => `v${v}`).join('-')
    : translate(language, 'export.fileDraft');
  const track = exported[0]?.track.name;
  return safeFileName(
    singleTrack && track
      ? translate(language, 'export.trackFileName', { competition, track, version })
      : translate(language, 'export.fileName', { competition, version }),
  );
}

/** The store is read at once (one snapshot); the file is written after, from the models. */
export function exportWorkbook(db: Db, options: ExportOptions): Promise<Buffer> {
  const { fileName, sheets } = resultsWorkbookModel(db, options);
  return workbookBuffer(sheets, fileName.replace(/\.xlsx$/, ''));
}

export async function writeWorkbookFile(
  db: Db,
  path: string,
  options: ExportOptions,
): Promise<void> {
  writeFileAtomic(path, await exportWorkbook(db, options));
}

/** For the renderer, which turns it into a download. */
export async function exportWorkbookForDownload(
  db: Db,
  options: ExportOptions,
): Promise<{ fileName: string; base64: string }> {
  const { fileName, sheets } = resultsWorkbookModel(db, options);
  const buffer = await workbookBuffer(sheets, fileName.replace(/\.xlsx$/, ''));
  return { fileName, base64: buffer.toString('base64') };
}
