import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  exportWorkbook,
  resultsWorkbookModel,
  workbookBuffer,
} from '../electron/services/exportService';
import { mergeScoreFiles } from '../electron/services/mergeService';
import { trackResults } from '../electron/services/resultsService';
import { type Db, inTransaction, openStore } from '../electron/store/database';
import { readTracks } from '../electron/store/tracksTable';
import type { Cell as SheetCell } from '../shared/formats/resultsSheets';
import { allCells, type BenchSize, buildFixture, copyStore, FULL } from './fixture';
import { report } from './report';

// One benchmark per child process (bench/run.ts starts them), so memory peaks stay apart.
// argv: <task> <work dir> [entries per track] [judges per track]

const [task, dir, entries, judges] = process.argv.slice(2);
if (!task || !dir) throw new Error('usage: tasks.ts <task> <dir> [entries] [judges]');
const size: BenchSize = {
  entriesPerTrack: Number(entries ?? FULL.entriesPerTrack),
  judgesPerTrack: Number(judges ?? FULL.judgesPerTrack),
};
const pristine = join(dir, 'organizer.scoredesk');
const merged = join(dir, 'merged.scoredesk');

const time = <T>(work: () => T): { ms: number; value: T } => {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
};
const timeAsync = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
};

function readFiles() {
  const folder = join(dir!, 'files');
  return readdirSync(folder)
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
}

const tasks: Record<string, () => void | Promise<void>> = {
  prepare() {
    const { ms, value } = time(() => buildFixture(dir, size));
    report({ task, ms, files: value.files.length });
  },

  /** The floor: the same rows, one prepared INSERT, one transaction, same store settings. */
  'merge-floor'() {
    const db = openStore(copyStore(pristine, join(dir, 'floor.scoredesk')));
    const rows = [...allCells(db)].flat();
    const insert = db.prepare(
      `INSERT INTO scores (judge_id, entry_id, criterion_id, value, revision, updated_at)
       VALUES (?, ?, ?, ?, 1, '2026-10-21T09:00:00.000Z')`,
    );
    const { ms } = time(() =>
      inTransaction(db, () => {
        for (const r of rows) insert.run(r.judgeId, r.entryId, r.criterionId, r.value);
      }),
    );
    db.close();
    report({ task, ms, scores: rows.length });
  },

  merge() {
    const db = openStore(copyStore(pristine, merged));
    const files = readFiles();
    const { ms, value } = time(() => mergeScoreFiles(db, files));
    const refused = value.filter((f) => f.status !== 'applied');
    if (refused.length > 0) throw new Error(`refused: ${JSON.stringify(refused[0])}`);
    const scores = value.reduce((n, f) => n + f.applied, 0);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    report({ task, ms, files: files.length, scores });
  },

  /**
   * The first computation in a fresh process (what the organizer waits for after starting the
   * app), then the median of three more (every later one: after a merge, a deduction, a lock).
   */
  results() {
    const db = openStore(merged);
    const codes = readTracks(db).map((t) => t.code);
    const all = () => codes.map((code) => trackResults(db, code));
    const { ms, value } = time(all);
    const again = [time(all).ms, time(all).ms, time(all).ms].sort((a, b) => a - b)[1]!;
    const ranked = value.reduce((n, v) => n + v.results.entries.length, 0);
    db.close();
    report({ task, ms, againMs: again, tracks: codes.length, entries: ranked });
  },

  /** exportWorkbook is exactly resultsWorkbookModel + workbookBuffer; timed in its two parts. */
  async export() {
    const db = openStore(merged);
    const model = time(() => resultsWorkbookModel(db, { language: 'zh-CN' }));
    const { sheets, fileName } = model.value;
    const write = await timeAsync(() => workbookBuffer(sheets, fileName.replace(/\.xlsx$/, '')));
    writeFileSync(join(dir, 'export.xlsx'), write.value);
    db.close();
    report({
      task,
      ms: model.ms + write.ms,
      modelMs: model.ms,
      writeMs: write.ms,
      sheets: sheets.length,
      cells: cellCount(sheets),
      bytes: write.value.length,
    });
  },

  /** The whole call once more, to check the parts add up (not in the table). */
  async 'export-whole'() {
    const db = openStore(merged);
    const { ms, value } = await timeAsync(() => exportWorkbook(db, { language: 'zh-CN' }));
    db.close();
    report({ task, ms, bytes: value.length });
  },

  /** The floor: the same cells as plain values, written by SheetJS with the same options. */
  'export-floor'() {
    const db = openStore(merged);
    const { sheets } = resultsWorkbookModel(db, { language: 'zh-CN' });
    db.close();
    const raw = (c: SheetCell) =>
      c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : null;
    const grids = sheets.map((s) => ({
      name: s.name,
      rows: [...s.title.map((t) => [t]), s.header, ...s.rows.map((r) => r.map(raw))],
    }));
    const { ms, value } = time(() => {
      const book = XLSX.utils.book_new();
      for (const g of grids) {
        XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(g.rows), g.name);
      }
      return XLSX.write(book, {
        type: 'buffer',
        bookType: 'xlsx',
        bookSST: true,
        compression: true,
      }) as Buffer;
    });
    report({ task, ms, cells: cellCount(sheets), bytes: value.length });
  },
};

function cellCount(sheets: ReturnType<typeof resultsWorkbookModel>['sheets']): number {
  return sheets.reduce(
    (n, s) =>
      n +
      s.title.length +
      s.header.length +
      s.rows.reduce((m, r) => m + r.filter((c) => c.kind !== 'empty').length, 0),
    0,
  );
}

const run = tasks[task];
if (!run) throw new Error(`unknown task ${task}`);
await run();

export type { Db };
