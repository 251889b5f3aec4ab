#!/usr/bin/env node
// Bundles the Electron side into dist-electron/: main.cjs (main process) and preload.cjs.
//
// main: everything pure-JS is bundled (electron-store and conf are ESM-only, so bundling avoids
// require() of ES modules from the CommonJS main); only electron and the native better-sqlite3
// stay external and are loaded from node_modules.
// preload: a sandboxed preload can require only 'electron' and a few builtins, so it is one
// self-contained file. It needs only the contract's call names, so those are computed here from
// shared/api/contract.ts and inlined: the preload stays a few KB without zod and its schemas.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The contract's call names, evaluated from the TypeScript source at build time. */
export async function contractCallNames() {
  const result = await build({
    ...common,
    format: 'esm',
    sourcemap: false,
    write: false,
    stdin: {
      contents: "export { callNames } from './shared/api/contract';",
      resolveDir: root,
      sourcefile: 'call-names.ts',
      loader: 'ts',
    },
  });
  const code = result.outputFiles[0].text;
  const { callNames } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  if (!Array.isArray(callNames) || callNames.length === 0)
    throw new Error('no call names in the contract');
  return callNames;
}

/** Replaces the contract module in the preload with its list of call names. */
function inlineCallNames(callNames) {
  return {
    name: 'inline-call-names',
    setup(b) {
      b.onResolve({ filter: /[/\\]shared[/\\]api[/\\]contract(\.ts)?$/ }, () => ({
        path: 'contract',
        namespace: 'call-names',
      }));
      b.onLoad({ filter: /.*/, namespace: 'call-names' }, () => ({
        contents: `export const callNames = Object.freeze(${JSON.stringify(callNames)});`,
        loader: 'js',
      }));
    },
  };
}

/** Builds both bundles into outdir (dist-electron by default), emptied first. */
export async function buildElectron({ outdir = join(root, 'dist-electron') } = {}) {
  const callNames = await contractCallNames();
  rmSync(outdir, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/main.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      external: ['electron', 'better-sqlite3'],
      // untrustedParser.ts reads import.meta.url only to tell the tsx runs from this bundle.
      logOverride: { 'empty-import-meta': 'silent' },
    }),
    // The untrusted-file worker (electron/workers/untrustedParser.ts resolveWorker()).
    build({
      ...common,
      entryPoints: { parseWorker: 'electron/workers/parseUntrusted.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: { preload: 'electron/preload.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      external: ['electron'],
      plugins: [inlineCallNames(callNames)],
    }),
  ]);
  const foreign = requiredModules(readFileSync(join(outdir, 'preload.cjs'), 'utf8')).filter(
    (name) => name !== 'electron',
  );
  if (foreign.length > 0) {
    throw new Error(`preload.cjs requires ${foreign.join(', ')}: a sandboxed preload cannot`);
  }
}

/** The modules a CommonJS bundle requires by name. */
export function requiredModules(code) {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildElectron();
    console.log('dist-electron/main.cjs, dist-electron/parseWorker.cjs, dist-electron/preload.cjs');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
