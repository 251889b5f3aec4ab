import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sourceFiles } from '../helpers/sourceFiles';

const root = projectRoot;
const sources = sourceFiles;

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

describe('layering', () => {
  it('keeps shared/ pure: no Node, Electron, renderer or main-process imports', () => {
    const offenders = sources(join(root, 'shared')).flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          /^(node:|electron$|better-sqlite3|fs$|path$)|\/(electron|renderer)\//.test(spec),
        )
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the renderer away from the main process and Node', () => {
    const offenders = sources(join(root, 'renderer')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|electron$|better-sqlite3)|\/electron\//.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the untrusted side apart: electron/workers imports nothing of the trusted side', () => {
    // The worker runs what a hostile file can reach; services, the store, IPC, the command line
    // and the host hold the competition and its keys, and must not be reachable from there.
    const offenders = sources(join(root, 'electron', 'workers')).flatMap((file) =>
      importsOf(file)
        .filter((spec) =>
          /(^|\/)(services|store|ipc|cli|host)\/|^better-sqlite3|^electron$/.test(spec),
        )
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('reads spreadsheets and zips from outside only in electron/workers, with one zip module', () => {
    // SheetJS's readers (and its zip container, CFB) parse whatever bytes they are given; the
    // zip format itself (its record signatures, and deflate) is in one module, used by the
    // readers and the writers alike. Writing a workbook with SheetJS is fine anywhere.
    const zipModule = join(root, 'electron', 'workers', 'zipArchive.ts');
    const readers = /\bXLSX\.(read|readFile)\s*\(|\bCFB\b|\bsheet_to_\w+/;
    const zipFormat = /\b0x0[1-6]0[2-6]4b50\b|\bnode:zlib\b|\b(inflate|deflate)Raw/i;
    const offenders = ['electron', 'shared', 'renderer'].flatMap((dir) =>
      sources(join(root, dir)).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const inWorkers = relative(root, file).startsWith(join('electron', 'workers'));
        return [
          ...(!inWorkers && readers.test(text)
            ? [`${relative(root, file)}: reads a workbook`]
            : []),
          ...(file !== zipModule && zipFormat.test(text)
            ? [`${relative(root, file)}: zip format outside the zip module`]
            : []),
        ];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('writes styled workbooks with ExcelJS in the two writers only, and never reads with it', () => {
    // ExcelJS writes what SheetJS Community cannot (styles, page setup); what comes from outside
    // is read by SheetJS in the worker, under its limits, and nowhere by ExcelJS.
    const writers = ['xlsxWriter.ts', 'paperSheetWorkbook.ts', 'workbookStyles.ts'].map((name) =>
      join(root, 'electron', 'services', name),
    );
    const offenders = ['electron', 'shared', 'renderer'].flatMap((dir) =>
      sources(join(root, dir)).flatMap((file) => {
        const uses = importsOf(file).includes('exceljs');
        const reads = /\.xlsx\.(load|read)\b|\.csv\.read\b|stream\.xlsx\.WorkbookReader/.test(
          readFileSync(file, 'utf8'),
        );
        return [
          ...(uses && !writers.includes(file) ? [`${relative(root, file)}: imports exceljs`] : []),
          ...(reads ? [`${relative(root, file)}: reads a workbook with ExcelJS`] : []),
        ];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('starts the untrusted-file worker from electron/workers only (its client lives beside it)', () => {
    const offenders = ['electron', 'shared', 'renderer'].flatMap((dir) =>
      sources(join(root, dir))
        .filter((file) => !relative(root, file).startsWith(join('electron', 'workers')))
        .filter((file) => importsOf(file).includes('node:worker_threads'))
        .map((file) => relative(root, file)),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the store below the services: electron/store imports nothing from electron/services', () => {
    const offenders = sources(join(root, 'electron', 'store')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)services\//.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the hall network apart from the organizer’s calls: electron/lan never reaches the handlers', () => {
    // The hall side serves the wire's calls only (shared/api/lanWire.ts); the organizer's
    // handlers and dispatch (electron/ipc) must not be reachable from a request on the hall.
    const offenders = sources(join(root, 'electron', 'lan')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)ipc\/|^electron$/.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
