import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildElectron } from '../scripts/build-electron.mjs';
import { RESULT_PREFIX, type BenchResult as Reported } from './report';

type BenchResult = Reported & { maxRssMiB: number };

// npm run bench [-- --quick] [-- --profile] [-- --keep]
// Each benchmark runs in a child process of its own (separate memory peaks), against a floor
// measured in the same run. Not part of npm test.
//   --quick    250 entries per track instead of 2,500 (a smoke run, not the published figures)
//   --profile  children run with --cpu-prof; profiles land in bench/profiles/
//   --keep     keep the work folder (store, score files, workbook)

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const size = quick ? ['250', '15'] : ['2500', '15'];
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'scoredesk-bench-'));
const profileDir = join(root, 'bench', 'profiles');
if (args.has('--profile')) mkdirSync(profileDir, { recursive: true });

/** `script`: a TypeScript file in bench/ (run through tsx), or a bundled .cjs (plain node). */
function child(script: string, childArgs: string[], timeoutMs: number): BenchResult {
  const bundled = script.endsWith('.cjs');
  const node = [
    ...(args.has('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    ...(bundled ? [script] : ['--import', 'tsx', join(root, 'bench', script)]),
    ...childArgs,
  ];
  const run = spawnSync(process.execPath, node, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout
    ?.split('\n')
    .find((l) => l.startsWith(RESULT_PREFIX))
    ?.slice(RESULT_PREFIX.length);
  if (run.status !== 0 || !line) {
    throw new Error(
      `${script} ${childArgs[0]} failed (${run.signal ?? run.status}):\n${run.stdout}\n${run.stderr}`,
    );
  }
  return JSON.parse(line) as BenchResult;
}

/**
 * The merge as Electron runs it: mergeWorkerTask.ts bundled next to the bundled worker
 * (dist-bench/, built as dist-electron/ is), so neither starts through tsx.
 */
async function bundleAppMerge(): Promise<string> {
  const outdir = join(root, 'dist-bench');
  await buildElectron({ outdir });
  await build({
    absWorkingDir: root,
    entryPoints: { appMerge: 'bench/mergeWorkerTask.ts' },
    outExtension: { '.js': '.cjs' },
    outdir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'warning',
    // untrustedParser.ts reads import.meta.url only to tell the tsx runs from a bundle.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return join(outdir, 'appMerge.cjs');
}

const task = (name: string, minutes = 4) =>
  child('tasks.ts', [name, dir, ...size], minutes * 60_000);

const appMerge = await bundleAppMerge();

/** The two merges through the worker have scripts of their own; the rest are in tasks.ts. */
function runTask(name: string, minutes: number): BenchResult {
  const script = { 'merge-app': appMerge, 'merge-cli': 'mergeWorkerTask.ts' }[name];
  return script ? child(script, [name, dir], minutes * 60_000) : task(name, minutes);
}

/** Full runs repeat each benchmark with its floor, interleaved, so a slow moment hits both. */
const ROUNDS = quick ? 1 : 3;
const runsOf = new Map<string, number[]>();

/** Each task ROUNDS times, in turn; for each, the run with the median time. */
function rounds(names: string[], minutes = 4): BenchResult[] {
  const runs = names.map(() => [] as BenchResult[]);
  for (let round = 0; round < ROUNDS; round++) {
    names.forEach((name, i) => {
      const result = runTask(name, minutes);
      log(result);
      runs[i]!.push(result);
    });
  }
  return runs.map((results, i) => {
    const sorted = [...results].sort((a, b) => a.ms - b.ms);
    runsOf.set(
      names[i]!,
      results.map((r) => r.ms),
    );
    return sorted[Math.floor(sorted.length / 2)]!;
  });
}

const log = (r: BenchResult) =>
  console.error(`  ${r.task}: ${(r.ms / 1000).toFixed(2)} s, peak ${r.maxRssMiB.toFixed(0)} MiB`);

const startedAt = new Date();
try {
  console.error(`work folder ${dir}${quick ? ' (quick)' : ''}`);
  log(task('prepare'));
  const [mergeFloor, mergeApp, mergeCli, merge] = rounds(
    ['merge-floor', 'merge-app', 'merge-cli', 'merge'],
    8,
  ) as [BenchResult, BenchResult, BenchResult, BenchResult];
  const [results] = rounds(['results']) as [BenchResult];
  const [exportFloor, exported] = rounds(['export-floor', 'export'], 6) as [
    BenchResult,
    BenchResult,
  ];
  // Built every time: a renderer left from an older checkout would be measured instead.
  spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const sheet = child('sheet.ts', [dir, quick ? '100' : '500', '50'], 4 * 60_000);
  log(sheet);
  const hallDir = join(dir, 'hall');
  mkdirSync(hallDir);
  const hall = child('hall.ts', [hallDir, quick ? '8' : '20'], 4 * 60_000);
  log(hall);

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ms = (x: unknown) => `${(x as number).toFixed(1)} ms`;
  const mib = (r: BenchResult) => `${r.maxRssMiB.toFixed(0)} MiB`;
  const scores = merge.scores as number;
  const files = merge.files as number;
  const ratio = (r: BenchResult) => r.ms / mergeFloor.ms;
  const appRatio = ratio(mergeApp);
  const exportRatio = exported.ms / exportFloor.ms;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  // The sheet's goals are absolute (a judge's laptop, not a ratio): the floors say how loaded
  // the machine was at the moment.
  const sheetOpenOk = sheet.ms <= 300;
  const sheetSavedOk = (sheet.savedP95Ms as number) <= 16;
  const sheetPaintOk = (sheet.paintP95Ms as number) <= 33;
  // Live scoring: a device's push to the head table's live event, on loopback.
  const hallOk = (hall.liveP95Ms as number) <= 100 && hall.missing === 0;
  const rows: string[][] = [
    ['benchmark', 'time', 'floor', 'ratio', 'goal', 'peak RSS'],
    [
      `merge ${files} score files, ${scores.toLocaleString('en')} scores, as the app does: each read and parsed in the untrusted-file worker`,
      `${s(mergeApp.ms)} (${Math.round(scores / (mergeApp.ms / 1000)).toLocaleString('en')} scores/s)`,
      `${s(mergeFloor.ms)} raw INSERT (${Math.round(scores / (mergeFloor.ms / 1000)).toLocaleString('en')} rows/s)`,
      `${appRatio.toFixed(2)}×`,
      `≤ 2× — ${verdict(appRatio <= 2)}`,
      `${mib(mergeApp)} (floor ${mib(mergeFloor)})`,
    ],
    [
      'the same from the command line (`scoredesk merge`: the worker starts through tsx)',
      s(mergeCli.ms),
      '(same floor)',
      `${ratio(mergeCli).toFixed(2)}×`,
      '—',
      mib(mergeCli),
    ],
    [
      'the same with the texts already in memory, parsed on the main thread',
      s(merge.ms),
      '(same floor)',
      `${ratio(merge).toFixed(2)}×`,
      '—',
      mib(merge),
    ],
    [
      `results, ${results.tracks} tracks, ${results.entries} entries: first in a fresh process`,
      s(results.ms),
      '—',
      '—',
      `< 1 s — ${verdict(results.ms < 1000)}`,
      mib(results),
    ],
    [
      'results again (median of 3 more)',
      s(results.againMs as number),
      '—',
      '—',
      `< 1 s — ${verdict((results.againMs as number) < 1000)}`,
      '—',
    ],
    [
      `export workbook, ${exported.sheets} sheets, ${(exported.cells as number).toLocaleString('en')} cells`,
      `${s(exported.ms)} (read + results ${s(exported.modelMs as number)}, write ${s(exported.writeMs as number)})`,
      `${s(exportFloor.ms)} raw SheetJS write`,
      `${exportRatio.toFixed(2)}×`,
      `≤ 1.5× — ${verdict(exportRatio <= 1.5)}`,
      `${mib(exported)} (floor ${mib(exportFloor)})`,
    ],
    [
      `sheet ${sheet.entries} × 8 in Chromium: opened (page load → rows in view drawn, best of 3)`,
      `${s(sheet.ms)} (from the judge file ${s(sheet.fromFileMs as number)}; to the last row ${s(sheet.toLastRowMs as number)})`,
      `${s(sheet.homeFloorMs as number)} home screen load`,
      `${(sheet.ms / (sheet.homeFloorMs as number)).toFixed(2)}×`,
      `≤ 0.3 s — ${verdict(sheetOpenOk)}`,
      `page JS heap ${(sheet.pageHeapMiB as number).toFixed(0)} MiB, ${sheet.inputs} inputs drawn`,
    ],
    [
      `sheet keystroke (Tab) → saved, ${sheet.keystrokes} marks`,
      `p95 ${ms(sheet.savedP95Ms)} (median ${ms(sheet.savedMedianMs)})`,
      `p95 ${ms(sheet.floorSavedP95Ms)} call that does nothing`,
      `${((sheet.savedP95Ms as number) / (sheet.floorSavedP95Ms as number)).toFixed(2)}×`,
      `≤ 16 ms — ${verdict(sheetSavedOk)}`,
      '—',
    ],
    [
      'sheet keystroke (Tab) → next frame after saved',
      `p95 ${ms(sheet.paintP95Ms)} (median ${ms(sheet.paintMedianMs)})`,
      `p95 ${ms(sheet.floorPaintP95Ms)} same call → next frame`,
      `${((sheet.paintP95Ms as number) / (sheet.floorPaintP95Ms as number)).toFixed(2)}×`,
      `≤ 33 ms — ${verdict(sheetPaintOk)}`,
      '—',
    ],
    [
      `hall network: ${hall.devices} devices push signed score files at once (${hall.pushes} pushes), device send → head table's live event`,
      `p95 ${ms(hall.liveP95Ms)} (median ${ms(hall.liveMedianMs)}; ${hall.missing} events missing)`,
      `p95 ${ms(hall.helloP95Ms)} heartbeat round trip`,
      `${((hall.liveP95Ms as number) / (hall.helloP95Ms as number)).toFixed(2)}×`,
      `≤ 100 ms — ${verdict(hallOk)}`,
      mib(hall),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  console.log(
    `\nScoreDesk benchmarks, ${startedAt.toISOString().slice(0, 10)}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${quick ? ' (QUICK: not the published size)' : ''}\n`,
  );
  for (const [i, r] of rows.entries()) {
    console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
    if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
  const missed = [
    appRatio > 2 && `merge is ${appRatio.toFixed(2)}× its floor (goal 2×)`,
    results.ms >= 1000 && `results take ${s(results.ms)} the first time (goal under 1 s)`,
    (results.againMs as number) >= 1000 &&
      `results take ${s(results.againMs as number)} when repeated (goal under 1 s)`,
    exportRatio > 1.5 && `export is ${exportRatio.toFixed(2)}× its floor (goal 1.5×)`,
    !sheetOpenOk && `the sheet opens in ${s(sheet.ms)} (goal 0.3 s)`,
    !sheetSavedOk && `a mark is saved in ${ms(sheet.savedP95Ms)} at p95 (goal 16 ms)`,
    !sheetPaintOk && `a mark is drawn in ${ms(sheet.paintP95Ms)} at p95 (goal 33 ms)`,
    !hallOk &&
      `a device's mark reaches the head table's live view in ${ms(hall.liveP95Ms)} at p95, ${hall.missing} missing (goal 100 ms, none missing)`,
  ].filter(Boolean);
  if (ROUNDS > 1) {
    console.log(`\nMedian of ${ROUNDS} runs each; all runs, in order:`);
    for (const [name, times] of runsOf) console.log(`  ${name}: ${times.map(s).join(', ')}`);
  }
  console.log(missed.length === 0 ? '\nAll goals met.' : `\nGOALS MISSED: ${missed.join('; ')}.`);
} finally {
  if (!args.has('--keep')) rmSync(dir, { recursive: true, force: true });
}
