import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root folder, for tests that read its source. */
export const projectRoot = join(import.meta.dirname, '..', '..');

/** Every .ts and .tsx file under `dir`, for the tests that check where code may live. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
