import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreFile } from '../../shared/api/competition';
import { withoutInvisible } from '../../shared/domain/textKey';

export const STORE_EXTENSION = '.scoredesk';

/** A file name from the competition's name: keeps Chinese, drops what file systems refuse. */
export function storeFileName(dir: string, competitionName: string): string {
  const base =
    // A bidi override would make the name read otherwise than it is: invisible characters go.
    withoutInvisible(competitionName)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80) || 'competition';
  let candidate = join(dir, `${base}${STORE_EXTENSION}`);
  for (let n = 2; existsSync(candidate); n++) {
    candidate = join(dir, `${base} (${n})${STORE_EXTENSION}`);
  }
  return candidate;
}

/** The competition files in the data folder, newest first. */
export function listStoreFiles(dir: string): StoreFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(STORE_EXTENSION))
    .map((name) => {
      const path = join(dir, name);
      return {
        path,
        name: name.slice(0, -STORE_EXTENSION.length),
        at: statSync(path).mtime.toISOString(),
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
