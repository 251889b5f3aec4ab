import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import type { ImportSummary } from '../../shared/api/import';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import type { ImportKind } from '../../shared/roster/fields';
import { IMPORT_LIMITS, MAX_IMPORT_MB } from '../../shared/roster/importLimits';
import type { ImportProblem } from '../../shared/roster/records';
import {
  applyImport,
  type ImportRequest,
  previewImport,
  problemError,
} from '../services/importService';
import type { Db } from '../store/database';
import { openStore } from '../store/database';

/**
 * `scoredesk roster import <store> <file> [--track code]`, `scoredesk judges import <store> <file>`:
 * prints what changed, or every problem by row and column and writes nothing (exit 1).
 */
/** A list file named on the command line: refused by name when missing or too large, before it is read. */
export function readImportFile(file: string): { name: string; bytes: Uint8Array } {
  const full = resolve(file);
  const name = basename(full);
  if (!existsSync(full)) throw AppFailure.of('store.notFound', { path: full });
  const size = statSync(full).size;
  if (size > IMPORT_LIMITS.maxBytes) {
    throw AppFailure.of('import.tooLarge', { file: name, size, max: MAX_IMPORT_MB });
  }
  return { name, bytes: new Uint8Array(readFileSync(full)) };
}

export async function runImport(
  kind: ImportKind,
  store: string,
  file: string,
  track: string | undefined,
  language: Language,
  dryRun = false,
  removeMissing = false,
): Promise<number> {
  const { name, bytes } = readImportFile(file);
  const db = openStore(resolve(store));
  try {
    const request = { kind, track, file: { name, bytes }, removeMissing };
    const summary = dryRun ? await dryRunSummary(db, request) : await applyImport(db, request);
    console.log(
      translate(language, 'import.cliSummary', {
        file: name,
        added: summary.added,
        changed: summary.changed,
        removed: summary.removed,
        unchanged: summary.unchanged,
        kept: summary.keptWithMarks.length,
      }),
    );
    if (summary.keptWithMarks.length > 0) {
      console.log(
        translate(language, 'import.cliKept', { items: listed(summary.keptWithMarks, language) }),
      );
    }
    if (summary.missing.length > 0) {
      console.log(
        translate(language, 'import.cliMissing', { items: listed(summary.missing, language) }),
      );
    }
    if (dryRun) console.log(translate(language, 'import.cliDryRun'));
    return 0;
  } catch (error) {
    if (error instanceof AppFailure && error.errors[0]?.code === 'import.hasProblems') {
      const [, ...problems] = error.errors;
      console.error(
        translate(language, 'import.cliRefused', { file: name, count: problems.length }),
      );
      for (const p of problems)
        console.error(`  ${translate(language, p.code as MessageKey, p.params)}`);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

/** At most 20 entries or judges, by number and name. */
function listed(items: ImportSummary['keptWithMarks'], language: Language = 'zh-CN'): string {
  const shown = items.slice(0, 20).map((i) => (i.no ? `${i.no} ${i.name}` : i.name));
  if (items.length > 20) shown.push('…');
  return shown.join(language === 'en' ? ', ' : '、');
}

/** `--dry-run`: what the import would do, refused the same way, nothing written. */
async function dryRunSummary(db: Db, request: ImportRequest) {
  const preview = await previewImport(db, request);
  if (preview.problems.length > 0) {
    throw new AppFailure([
      { code: 'import.hasProblems', params: { count: preview.problems.length } },
      ...preview.problems.map((p) => problemError(p as ImportProblem)),
    ]);
  }
  const { diff } = preview;
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    unchanged: diff.unchanged,
    keptWithMarks: diff.keptWithMarks,
    missing: diff.missing,
  };
}
