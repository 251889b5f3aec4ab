import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import { type AppError, AppFailure } from '../../shared/errors';
import { SCORE_FILE_EXTENSION } from '../../shared/formats/scoreFile';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { listConflicts, mergeScoreFilesInWorker } from '../services/mergeService';
import { verifyParsedFile } from '../services/scoreFileService';
import { type Db, openStore } from '../store/database';
import { parseUntrusted } from '../workers/untrustedParser';
import type { TravellingFile } from '../workers/untrustedTasks';
import {
  meantAsResults,
  type ResultsExpectation,
  reportResultsCheck,
} from './signedResultsCommands';

// The judging jobs of the command line: check a travelling file, merge a folder of score files,
// write a judge file. Exit code 0 only when everything was intact and nothing was refused.

const explain = (language: Language, error: AppError) =>
  translate(language, error.code as MessageKey, error.params);

function withStore<T>(path: string, work: (db: Db) => T): T {
  const db = openStore(resolve(path));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** A file that came from outside: must exist; the worker refuses a huge one before reading. */
function requireFile(path: string): string {
  const full = resolve(path);
  if (!existsSync(full)) throw AppFailure.of('store.notFound', { path: full });
  return full;
}

/**
 * `scoredesk verify <file> [--store <competition file>]`; a results file also takes
 * `[--fingerprint F] [--code C]` (signedResultsCommands.ts).
 */
export async function runVerify(
  file: string,
  store: string | undefined,
  language: Language,
  expected: ResultsExpectation = {},
): Promise<number> {
  const full = requireFile(file);
  // Parsed in the untrusted-file worker (size, time and memory limits), checked here.
  const parsed = await parseUntrusted('travellingFile', { path: full }, full);
  const travelling: TravellingFile = parsed.ok ? parsed.value : { kind: null, error: parsed.error };
  if (travelling.kind === 'results' || meantAsResults(full, expected)) {
    return reportResultsCheck(travelling, expected, store, language);
  }
  const check = store
    ? withStore(store, (db) => verifyParsedFile(travelling, db))
    : verifyParsedFile(travelling);
  if (check.problem) {
    console.error(
      translate(language, 'cli.verifyRefused', { reason: explain(language, check.problem) }),
    );
    return 1;
  }
  const params = {
    competition: check.competitionName ?? check.competitionId ?? '—',
    judge: check.judge ? `${check.judge.name} (#${check.judge.id})` : '—',
    tracks: check.tracks.join(language === 'en' ? ', ' : '、'),
    count: check.count,
    fingerprint: check.fingerprint ?? '—',
  };
  if (check.kind === 'judge') {
    console.log(translate(language, 'cli.verifyJudgeFile', params));
    return 0;
  }
  if (!check.signatureOk) {
    // Intact, signed by the key it carries: only the store knows whether that key is the judge's.
    console.error(translate(language, 'cli.verifyNeedsStore', params));
    return 1;
  }
  console.log(
    translate(language, 'cli.verifyScoreFile', { ...params, submissions: check.submissions ?? 0 }),
  );
  return 0;
}

/** Score files named, and those inside named folders (`*.scoredesk-scores`, `*.json`). */
function collectScoreFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    if (!existsSync(full)) throw AppFailure.of('cli.mergeNoFiles', { path: full });
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((name) => name.endsWith(SCORE_FILE_EXTENSION) || name.endsWith('.json'))
      .sort()
      .map((name) => join(full, name))
      .filter((p) => statSync(p).isFile());
  });
}

/** `scoredesk merge <store> <score files or folders…>` */
export async function runMerge(
  store: string,
  paths: string[],
  language: Language,
): Promise<number> {
  const files = collectScoreFiles(paths);
  if (files.length === 0) throw AppFailure.of('cli.mergeNoFiles', { path: paths.join(' ') });
  // The store is opened (and checked) first, so a wrong store is said before any parsing.
  const db = openStore(resolve(store));
  try {
    const summary = await mergeScoreFilesInWorker(
      db,
      files.map((path) => ({ name: path, source: { path } })),
    );
    for (const file of summary) {
      const params = {
        file: file.name,
        judge: file.judge ?? '—',
        applied: file.applied,
        unchanged: file.unchanged,
        older: file.older,
        conflicts: file.conflicts,
      };
      if (file.status === 'refused') {
        const reason = explain(language, file.reason as AppError);
        console.error(translate(language, 'cli.mergeRefused', { file: file.name, reason }));
      } else {
        const key = file.status === 'applied' ? 'cli.mergeApplied' : 'cli.mergeUnchanged';
        console.log(translate(language, key, params));
      }
    }
    const open = listConflicts(db).length;
    if (open > 0) console.log(translate(language, 'cli.mergeOpenConflicts', { count: open }));
    return summary.some((file) => file.status === 'refused') ? 1 : 0;
  } finally {
    db.close();
  }
}
