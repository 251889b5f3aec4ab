import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import { type AppError, AppFailure } from '../../shared/errors';
import { RESULTS_FILE_EXTENSION } from '../../shared/formats/resultsFile';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { writeFileAtomic } from '../services/atomicWrite';
import { competitionFingerprint } from '../services/competitionKeys';
import { checkResultsFile } from '../services/resultsFileCheck';
import { signedResultsFile } from '../services/signedResultsService';
import { openStore } from '../store/database';
import type { TravellingFile } from '../workers/untrustedTasks';

// `scoredesk results-file` writes a locked version's signed results file; `scoredesk verify`
// hands a results file here. Everything printed from a file goes through guardTerminal
// (output.ts), which main() installs before anything is read.

export interface ResultsExpectation {
  fingerprint?: string | undefined;
  code?: string | undefined;
}

/** `scoredesk results-file <store> --track <code> --out <file or folder>` */
export function runResultsFile(
  store: string,
  options: { track?: string | undefined; out?: string | undefined },
  language: Language,
): number {
  if (!options.track || !options.out) throw AppFailure.of('signedResults.needTrack');
  const db = openStore(resolve(store));
  try {
    const file = signedResultsFile(db, options.track);
    const target = resolve(options.out);
    const path =
      existsSync(target) && statSync(target).isDirectory() ? join(target, file.fileName) : target;
    writeFileAtomic(path, file.content);
    console.log(
      translate(language, 'signedResults.written', {
        path,
        code: file.code,
        fingerprint: file.file.competition.fingerprint,
      }),
    );
    return 0;
  } finally {
    db.close();
  }
}

/** A verify of a results file, or of a file meant as one: a name, a fingerprint or a code says so. */
export function meantAsResults(path: string, expected: ResultsExpectation): boolean {
  return (
    path.endsWith(RESULTS_FILE_EXTENSION) ||
    expected.fingerprint !== undefined ||
    expected.code !== undefined
  );
}

/** Prints what `scoredesk verify` found in a results file; 0 only when proven the organizer's. */
export function reportResultsCheck(
  travelling: TravellingFile,
  expected: ResultsExpectation,
  store: string | undefined,
  language: Language,
): number {
  const t = (key: MessageKey, params?: AppError['params']) => translate(language, key, params);
  const refuse = (reason: AppError) => {
    console.error(t('signedResults.verifyRefused', { reason: t(reason.code, reason.params) }));
    return 1;
  };
  if (travelling.kind !== 'results') return refuse(notResults(travelling));
  // With the competition file at hand, its own key is the one to compare with.
  const fingerprint = expected.fingerprint ?? (store ? storeFingerprint(store) : undefined);
  const check = checkResultsFile(travelling.outcome, { ...expected, fingerprint });
  if (check.problem || !check.file) return refuse(check.problem ?? { code: 'resultsFile.invalid' });
  const { file } = check;
  const pick = (text: { zh: string; en: string }) => (language === 'zh-CN' ? text.zh : text.en);
  console.log(
    t('signedResults.verifyValid', {
      fingerprint: check.fingerprint!,
      competition: file.competition.name,
      track: pick(file.track.name),
      version: file.publication.version,
      lockedBy: file.publication.lockedBy,
      lockedAt: file.publication.lockedAt,
      rows: file.groups.reduce((sum, group) => sum + group.rows.length, 0),
      code: check.code!,
    }),
  );
  if (expected.code !== undefined)
    console.log(t('signedResults.verifyCodeOk', { code: check.code! }));
  if (fingerprint === undefined) {
    // Intact and self-consistent proves nothing about who signed it: anyone can make a key.
    console.error(t('signedResults.verifyCompare', { fingerprint: check.fingerprint! }));
    return 1;
  }
  return 0;
}

/** Why a file meant as a results file is not one, in the results file's words. */
function notResults(travelling: Exclude<TravellingFile, { kind: 'results' }>): AppError {
  if (travelling.kind !== null) {
    return {
      code: 'resultsFile.wrongFormat',
      params: { found: `scoredesk.${travelling.kind}-file` },
    };
  }
  // The worker read it as a score file would: not JSON, too large, or which format it claims.
  const { code, params } = travelling.error;
  if (code === 'scoreFile.notJson') return { code: 'resultsFile.notJson' };
  if (code === 'scoreFile.tooLarge' || code === 'worker.tooLarge') {
    return { code: 'resultsFile.tooLarge', ...(params ? { params } : {}) };
  }
  if (code === 'scoreFile.wrongFormat')
    return { code: 'resultsFile.wrongFormat', ...(params ? { params } : {}) };
  return travelling.error;
}

function storeFingerprint(store: string): string | undefined {
  const db = openStore(resolve(store));
  try {
    return competitionFingerprint(db) ?? undefined;
  } finally {
    db.close();
  }
}
