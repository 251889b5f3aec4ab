import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import type { MessageParam } from '../../shared/errors';
import { AppFailure } from '../../shared/errors';
import { MAX_SHEET_BYTES } from '../../shared/formats/paperSheet';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { writeFileAtomic } from '../services/atomicWrite';
import { exportAllPaperSheets, importPaperSheets } from '../services/paperSheetService';
import { openStore } from '../store/database';

// `scoredesk sheets <store> --out <dir>` and `scoredesk sheets import <store> <xlsx or folder…>`.
// Exit code 0 only when nothing was refused.

const say = (language: Language, key: string, params?: Record<string, unknown>) =>
  translate(language, key as MessageKey, params as Record<string, MessageParam>);

export async function runSheetsExport(
  store: string,
  out: string | undefined,
  language: Language,
): Promise<number> {
  if (!out) throw AppFailure.of('paperSheet.needOut');
  const dir = resolve(out);
  const db = openStore(resolve(store));
  try {
    const files = await exportAllPaperSheets(db);
    mkdirSync(dir, { recursive: true });
    for (const file of files) {
      const path = join(dir, file.fileName);
      writeFileAtomic(path, file.bytes);
      console.log(say(language, 'paperSheet.written', { path }));
    }
    console.log(say(language, 'paperSheet.writtenCount', { count: files.length, dir }));
    return 0;
  } finally {
    db.close();
  }
}

/** Workbooks named, and the .xlsx inside named folders. */
function collect(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    if (!existsSync(full)) throw AppFailure.of('store.notFound', { path: full });
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$'))
      .sort()
      .map((name) => join(full, name));
  });
}

export async function runSheetsImport(
  store: string,
  paths: string[],
  language: Language,
): Promise<number> {
  const files = collect(paths);
  if (files.length === 0) throw AppFailure.of('paperSheet.needFiles');
  const db = openStore(resolve(store));
  try {
    // A huge file is refused before it is read.
    const tooLarge = files.filter((path) => statSync(path).size > MAX_SHEET_BYTES);
    for (const path of tooLarge) {
      const reason = say(language, 'paperSheet.tooLarge', {
        size: statSync(path).size,
        max: MAX_SHEET_BYTES,
      });
      console.error(say(language, 'paperSheet.refused', { file: path, reason }));
    }
    const summary = await importPaperSheets(
      db,
      files
        .filter((path) => !tooLarge.includes(path))
        .map((path) => ({ name: path, bytes: readFileSync(path) })),
    );
    for (const file of summary) {
      const params = { ...file, file: file.name, judge: file.judge ?? '—' };
      if (file.status === 'refused') {
        const reason = say(language, file.reason!.code, file.reason!.params);
        console.error(say(language, 'paperSheet.refused', { file: file.name, reason }));
        for (const error of file.cellErrors)
          console.error(`  ${say(language, error.code, error.params)}`);
        if (file.moreErrors > 0) {
          console.error(`  ${say(language, 'paperSheet.moreErrors', { count: file.moreErrors })}`);
        }
      } else {
        const key = file.status === 'applied' ? 'paperSheet.applied' : 'paperSheet.unchanged';
        console.log(say(language, key, params));
      }
    }
    return tooLarge.length > 0 || summary.some((file) => file.status === 'refused') ? 1 : 0;
  } finally {
    db.close();
  }
}
