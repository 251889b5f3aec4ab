import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  defaultLimits,
  parseUntrusted,
  parseUntrustedBatch,
  resolveWorker,
  UntrustedParser,
} from '../../electron/workers/untrustedParser';
import type { JobReply } from '../../electron/workers/untrustedTasks';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const SLOW = 120_000;

describe('the untrusted-file worker', () => {
  it('finds its code: the TypeScript entry under tsx, the .cjs next to the Electron bundle', () => {
    const dev = resolveWorker();
    expect(fileURLToPath(dev.file as URL)).toMatch(/electron[/\\]workers[/\\]tsxBootstrap\.mjs$/);
    expect(dev.workerData?.entry).toMatch(/electron\/workers\/parseUntrusted\.ts$/);
    const bundled = resolveWorker('', '/app/dist-electron');
    expect(bundled).toEqual({ file: join('/app/dist-electron', 'parseWorker.cjs') });
  });

  it(
    'gives back plain validated data for a good file',
    async () => {
      const result = await parseUntrusted('selfTest', { text: 'hello' }, 'ok.txt');
      expect(result).toMatchObject({ ok: true, value: { ok: true, file: { signature: 'hello' } } });
      // Uploaded bytes (a spreadsheet from the renderer) go the same way.
      const bytes = await parseUntrusted('selfTest', { bytes: Buffer.from('你好') }, 'b.xlsx');
      expect(bytes).toMatchObject({ ok: true, value: { file: { signature: '你好' } } });
    },
    SLOW,
  );

  it(
    'reads spreadsheets there too: a roster as a grid, a refusal as a value, a stranger as null',
    async () => {
      const parser = new UntrustedParser();
      try {
        const csv = new TextEncoder().encode('编号,姓名\n001,张三\n');
        const roster = await parser.run('rosterSheet', { bytes: csv }, '名单.csv');
        expect(roster.ok && roster.value.ok && roster.value.value.rows.slice(0, 2)).toEqual([
          ['编号', '姓名'],
          ['001', '张三'],
        ]);
        const pdf = await parser.run('rosterSheet', { bytes: new Uint8Array([1]) }, '名单.pdf');
        expect(pdf).toMatchObject({
          ok: true,
          value: {
            ok: false,
            errors: [{ code: 'import.unsupportedType', params: { file: '名单.pdf' } }],
          },
        });
        // A zip that stops after its signature.
        const truncated = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]);
        expect(await parser.run('paperWorkbook', { bytes: truncated }, 'a.xlsx')).toEqual({
          ok: true,
          value: null,
          hash: expect.any(String),
        });
        // A reader that runs over its time is stopped, as for any file.
        const slow = new UntrustedParser({ ...defaultLimits, timeoutMs: 1 });
        const big = new TextEncoder().encode('编号,姓名\n'.concat('001,张三\n'.repeat(50_000)));
        expect(await slow.run('rosterSheet', { bytes: big }, 'big.csv')).toMatchObject({
          ok: false,
          error: { code: 'worker.timeout', params: { name: 'big.csv' } },
        });
        await slow.close();
      } finally {
        await parser.close();
      }
    },
    SLOW,
  );

  it(
    'stops a file that takes too long, and goes on with the next in a new worker',
    async () => {
      const started = Date.now();
      const [hang, next] = await parseUntrustedBatch(
        'selfTest',
        [
          { name: 'hang.xlsx', source: { text: 'hang' } },
          { name: 'fine.txt', source: { text: 'fine' } },
        ],
        { ...defaultLimits, timeoutMs: 1_000 },
      );
      expect(hang).toEqual({
        ok: false,
        error: { code: 'worker.timeout', params: { name: 'hang.xlsx', seconds: 1 } },
      });
      expect(next).toMatchObject({ ok: true, value: { file: { signature: 'fine' } } });
      // The main thread was never blocked: the limit, not the loop, decided.
      expect(Date.now() - started).toBeLessThan(SLOW);
    },
    SLOW,
  );

  it(
    'stops a file that needs too much memory, without hurting this process',
    async () => {
      const result = await parseUntrusted('selfTest', { text: 'allocate' }, 'bomb.xlsx', {
        ...defaultLimits,
        memoryMb: 64,
        timeoutMs: 30_000,
      });
      expect(result).toEqual({
        ok: false,
        error: { code: 'worker.outOfMemory', params: { name: 'bomb.xlsx', mb: 64 } },
      });
    },
    SLOW,
  );

  it(
    'refuses a file over the size limit before reading it, and names a missing one',
    async () => {
      const dir = tempDir();
      const big = join(dir, 'big.scoredesk-scores');
      const fd = openSync(big, 'w');
      writeSync(fd, 'x', 10 * 1024 * 1024);
      closeSync(fd);
      const parser = new UntrustedParser({ ...defaultLimits, maxBytes: 1024 * 1024 });
      try {
        expect(await parser.run('scoreFile', { path: big }, 'big')).toEqual({
          ok: false,
          error: {
            code: 'scoreFile.tooLarge',
            params: { size: 10 * 1024 * 1024 + 1, max: 1024 * 1024, name: 'big' },
          },
        });
        expect(await parser.run('judgeFile', { path: join(dir, 'none') }, 'none')).toMatchObject({
          ok: false,
          error: { code: 'worker.unreadable' },
        });
        writeFileSync(join(dir, 'x.json'), '{"format":"x"}');
        expect(await parser.run('scoreFile', { path: join(dir, 'x.json') }, 'x')).toMatchObject({
          ok: true,
          value: { ok: false, error: { code: 'scoreFile.wrongFormat' } },
        });
      } finally {
        await parser.close();
      }
    },
    SLOW,
  );

  it(
    'runs from the Electron bundle too (dist-electron/parseWorker.cjs, no tsx)',
    async () => {
      const outdir = tempDir();
      await buildElectron({ outdir });
      const worker = new Worker(join(outdir, 'parseWorker.cjs'));
      try {
        const reply = await new Promise<JobReply>((resolve, reject) => {
          worker.on('message', (message: JobReply | { ready: true }) => {
            if ('id' in message) resolve(message);
          });
          worker.on('error', reject);
          worker.postMessage({
            id: 7,
            task: 'scoreFile',
            source: { text: 'not json' },
            name: 'x',
            maxBytes: 1024,
          });
        });
        expect(reply).toMatchObject({
          id: 7,
          ok: true,
          value: { ok: false, error: { code: 'scoreFile.notJson' } },
        });
      } finally {
        await worker.terminate();
      }
    },
    SLOW,
  );
});
