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

  it('keeps the store below the services: electron/store imports nothing from electron/services', () => {
    const offenders = sources(join(root, 'electron', 'store')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)services\//.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
