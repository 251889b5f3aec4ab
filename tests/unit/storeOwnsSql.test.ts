import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sourceFiles } from '../helpers/sourceFiles';

// "All SQL in electron/store/": a query anywhere else is one the store cannot keep in step
// with its migrations (and with the schema check that refuses foreign stores).

const root = projectRoot;
const sources = sourceFiles;

const outsideStore = ['electron', 'shared', 'renderer']
  .flatMap((dir) => sources(join(root, dir)))
  .filter((file) => !relative(root, file).startsWith(join('electron', 'store')));

/** A statement run on a database handle, or SQL written out in a string. */
const SQL = [
  /\.(prepare|pragma)\(/,
  /\.exec\(\s*[`'"]/,
  /[`'"]\s*(SELECT\s[\s\S]*?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|VACUUM\s+INTO)\b/i,
];

describe('the store owns its SQL', () => {
  it('has no query outside electron/store', () => {
    const offenders = outsideStore.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SQL.some((pattern) => pattern.test(line)) ? [`${relative(root, file)}:${i + 1}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('is the only place that opens the database driver', () => {
    const offenders = outsideStore
      .filter((file) => /from\s+'better-sqlite3'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
