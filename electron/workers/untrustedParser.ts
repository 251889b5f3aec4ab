import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppError } from '../../shared/errors';
import { MAX_FILE_CHARS } from '../../shared/formats/signedFile';
import type {
  JobReply,
  JobRequest,
  JobSource,
  TaskOutput,
  UntrustedTaskName,
} from './untrustedTasks';
import { untrustedTasks } from './untrustedTasks';

// The main thread's side of the untrusted-file worker: files from outside are parsed there, with
// a size limit (refused before reading), a time limit (the worker is terminated) and a heap
// limit (resourceLimits), so a hostile file can stop only the worker. What comes back is plain,
// already validated data, or an error value.

export interface WorkerLimits {
  /** Bigger files are refused before a byte is read. */
  maxBytes: number;
  /** Per file; after it the worker is terminated and the file refused (`worker.timeout`). */
  timeoutMs: number;
  /** The worker's V8 old-generation heap (`worker.outOfMemory` beyond it). */
  memoryMb: number;
}

/**
 * A score or judge file may hold MAX_FILE_CHARS UTF-16 units; no character takes more than
 * 3 UTF-8 bytes per unit, so a larger file is over the limit for sure.
 */
export const defaultLimits: WorkerLimits = {
  maxBytes: MAX_FILE_CHARS * 3,
  // A hostile file hangs for ever; a legitimate 200 000-score file parses in about a second.
  // 10 s leaves room for a slow museum laptop that is busy with other things.
  timeoutMs: 10_000,
  memoryMb: 1024,
};

/** Loading the worker's code, not counted in the time limit of a file. */
const STARTUP_MS = 60_000;

export type UntrustedResult<K extends UntrustedTaskName> =
  | { ok: true; value: TaskOutput<K>; hash: string }
  | { ok: false; error: AppError };

/**
 * Where the worker's code is. In the tsx runs (CLI, local host, tests): the TypeScript entry next
 * to this module, started through a small bootstrap that registers tsx inside the worker. In
 * Electron's esbuild bundle (CommonJS, no import.meta.url): dist-electron/parseWorker.cjs, next
 * to main.cjs.
 */
export function resolveWorker(
  moduleUrl: string | undefined = import.meta.url,
  bundleDir: string | undefined = typeof __dirname === 'string' ? __dirname : undefined,
): { file: URL | string; workerData?: { entry: string } } {
  if (moduleUrl?.startsWith('file:')) {
    return {
      file: new URL('./tsxBootstrap.mjs', moduleUrl),
      workerData: { entry: new URL('./parseUntrusted.ts', moduleUrl).href },
    };
  }
  if (!bundleDir) throw new Error('cannot locate the parse worker');
  return { file: join(bundleDir, 'parseWorker.cjs') };
}

/**
 * One worker for a batch of files, parsed one after another; a worker stopped by a limit is
 * replaced for the next file. `close()` when done (the batch helpers below do it).
 */
export class UntrustedParser {
  private worker: Worker | null = null;
  private nextId = 1;

  constructor(readonly limits: WorkerLimits = defaultLimits) {}

  async run<K extends UntrustedTaskName>(
    task: K,
    source: JobSource,
    name: string,
  ): Promise<UntrustedResult<K>> {
    const tooLarge = untrustedTasks[task].tooLarge;
    // Checked here too, so a huge file does not even reach the worker.
    const size =
      'path' in source
        ? sizeOf(source.path)
        : 'bytes' in source
          ? source.bytes.length
          : source.text.length;
    if (size !== null && size > this.limits.maxBytes) {
      return {
        ok: false,
        error: { code: tooLarge, params: { size, max: this.limits.maxBytes, name } },
      };
    }
    if (size === null && 'path' in source) {
      return {
        ok: false,
        error: { code: 'worker.unreadable', params: { name, detail: 'ENOENT' } },
      };
    }
    const request: JobRequest = {
      id: this.nextId++,
      task,
      source,
      name,
      maxBytes: this.limits.maxBytes,
    };
    const reply = await this.post(request);
    if (!reply.ok) return { ok: false, error: reply.error };
    return { ok: true, value: reply.value as TaskOutput<K>, hash: reply.hash };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** A worker that has loaded its code (start-up under tsx takes seconds; it is not the file's). */
  private spawn(): Promise<Worker> {
    const { file, workerData } = resolveWorker();
    const worker = new Worker(file, {
      workerData,
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.memoryMb,
        maxYoungGenerationSizeMb: 64,
        stackSizeMb: 8,
      },
      stdout: false,
      stderr: false,
    });
    return new Promise<Worker>((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new Error('the parse worker did not start'));
      }, STARTUP_MS);
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onReady);
        worker.off('error', onError);
      };
      const onReady = (message: { ready?: boolean }) => {
        if (!message?.ready) return;
        cleanup();
        // An idle worker must not keep the CLI process alive.
        worker.unref();
        resolve(worker);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      worker.on('message', onReady);
      worker.on('error', onError);
    });
  }

  private async post(request: JobRequest): Promise<JobReply> {
    const { name } = request;
    if (!this.worker) {
      try {
        this.worker = await this.spawn();
      } catch (error) {
        return {
          id: request.id,
          ok: false,
          error: { code: 'worker.crashed', params: { name, detail: String(error).slice(0, 200) } },
        };
      }
    }
    const worker = this.worker;
    return new Promise<JobReply>((resolve) => {
      let settled = false;
      const finish = (reply: JobReply, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (kill) {
          if (this.worker === worker) this.worker = null;
          void worker.terminate();
        }
        resolve(reply);
      };
      const fail = (code: AppError['code'], params: AppError['params']): JobReply => ({
        id: request.id,
        ok: false,
        error: { code, ...(params ? { params } : {}) },
      });
      const onMessage = (reply: JobReply) => {
        if (reply.id === request.id) finish(reply, false);
      };
      const onError = (error: Error & { code?: string }) => {
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(
          outOfMemory
            ? fail('worker.outOfMemory', { name, mb: this.limits.memoryMb })
            : fail('worker.crashed', { name, detail: String(error).slice(0, 200) }),
          true,
        );
      };
      const onExit = (exitCode: number) =>
        finish(fail('worker.crashed', { name, detail: `exit ${exitCode}` }), true);
      const timer = setTimeout(
        () =>
          finish(
            fail('worker.timeout', { name, seconds: Math.round(this.limits.timeoutMs / 100) / 10 }),
            true,
          ),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // Waiting for a reply must keep the process alive (the worker itself is unref'd).
      worker.ref();
      worker.postMessage(request);
    }).finally(() => this.worker?.unref());
  }
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Parses each file in the worker, in order; one worker for the batch. */
export async function parseUntrustedBatch<K extends UntrustedTaskName>(
  task: K,
  files: ReadonlyArray<{ name: string; source: JobSource }>,
  limits: WorkerLimits = defaultLimits,
): Promise<Array<UntrustedResult<K>>> {
  const parser = new UntrustedParser(limits);
  try {
    const results: Array<UntrustedResult<K>> = [];
    for (const file of files) results.push(await parser.run(task, file.source, file.name));
    return results;
  } finally {
    await parser.close();
  }
}

/** The process's worker for single files (an import's preview, a judge file): started once. */
let shared: { parser: UntrustedParser; queue: Promise<unknown> } | null = null;

/**
 * One file in the process's shared worker, one job at a time (a job stopped by a limit takes
 * the worker down with it, so no two may share it at once); with other limits, in a worker of
 * its own. Shared because a worker takes up to a second to start under tsx and the import screen
 * asks for a new preview at each change of the column mapping; an idle worker is unref'd, so it
 * keeps no process alive.
 */
export function parseUntrusted<K extends UntrustedTaskName>(
  task: K,
  source: JobSource,
  name: string,
  limits: WorkerLimits = defaultLimits,
): Promise<UntrustedResult<K>> {
  if (limits !== defaultLimits) {
    return parseUntrustedBatch(task, [{ name, source }], limits).then(([result]) => result!);
  }
  shared ??= { parser: new UntrustedParser(), queue: Promise.resolve() };
  const { parser } = shared;
  const job = shared.queue.then(() => parser.run(task, source, name));
  shared.queue = job.catch(() => undefined);
  return job;
}
