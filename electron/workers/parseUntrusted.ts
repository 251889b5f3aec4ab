import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { AppError } from '../../shared/errors';
import {
  type JobReply,
  type JobRequest,
  type TaskSpec,
  type TextInput,
  untrustedTasks,
} from './untrustedTasks';

// The worker entry: parses files that came from outside (USB sticks, chat apps). It runs in its
// own V8 isolate with a heap limit, and the main thread terminates it on a time limit, so a
// hostile file can stop only this worker. Bundled for Electron as dist-electron/parseWorker.cjs.

function readLimited(path: string, name: string, max: number, tooLarge: AppError['code']): Buffer {
  const fd = openSync(path, 'r');
  try {
    // Refused before reading: the size on disk decides, not what a read would return.
    const size = fstatSync(fd).size;
    if (size > max) throw refusal(tooLarge, { size, max, name });
    // Its own memory, not the shared pool: slices of it travel back as the signed payload.
    const buffer = Buffer.allocUnsafeSlow(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** The length in UTF-16 units of UTF-8 bytes (what String.length would say after decoding). */
function utf16Length(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

class Refusal extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
  }
}
const refusal = (code: AppError['code'], params: AppError['params']) =>
  new Refusal({ code, ...(params ? { params } : {}) });

function handle(request: JobRequest): JobReply {
  const spec: TaskSpec = untrustedTasks[request.task];
  try {
    let text: string | null = null;
    let bytes: Uint8Array | null = null;
    if ('path' in request.source) {
      bytes = readLimited(request.source.path, request.name, request.maxBytes, spec.tooLarge);
    } else if ('bytes' in request.source) {
      bytes = request.source.bytes;
    } else {
      text = request.source.text;
    }
    if (spec.input === 'text' && text === null) {
      // Too long for the parser: said from the bytes, without decoding 100 MB first.
      if (spec.maxChars !== undefined && bytes!.length > spec.maxChars) {
        const chars = utf16Length(bytes!);
        if (chars > spec.maxChars) {
          return {
            id: request.id,
            ok: false,
            error: { code: spec.tooLarge, params: { size: chars, max: spec.maxChars } },
          };
        }
      }
    }
    if (spec.input === 'bytes' && bytes === null) bytes = Buffer.from(text!, 'utf8');
    const run = spec.run as (input: unknown, name: string) => unknown;
    const read = bytes;
    const input: TextInput = {
      bytes: read,
      text: () => {
        text ??= Buffer.from(read!.buffer, read!.byteOffset, read!.length).toString('utf8');
        return text;
      },
    };
    const value = run(spec.input === 'text' ? input : bytes, request.name);
    // The hash is recorded with what is merged; a refused file does not need one. The file's
    // bytes when there are some: the same as its text's UTF-8, without encoding it again.
    const refused = (value as { ok?: unknown } | null)?.ok === false;
    const hash = refused
      ? ''
      : createHash('sha256')
          .update(bytes ?? text!)
          .digest('hex');
    return { id: request.id, ok: true, value, hash };
  } catch (error) {
    if (error instanceof Refusal) return { id: request.id, ok: false, error: error.error };
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      return {
        id: request.id,
        ok: false,
        error: { code: 'worker.unreadable', params: { name: request.name, detail: String(code) } },
      };
    }
    return {
      id: request.id,
      ok: false,
      error: {
        code: 'worker.crashed',
        params: { name: request.name, detail: String(error).slice(0, 200) },
      },
    };
  }
}

parentPort?.on('message', (request: JobRequest) => {
  const reply = handle(request);
  const { transfer }: TaskSpec = untrustedTasks[request.task];
  // After handle(): the hash is taken; the memory handed over is gone from this side.
  parentPort!.postMessage(reply, reply.ok && transfer ? transfer(reply.value as never) : []);
});
// Loaded: the main thread starts a job's clock only now, so start-up time never counts.
parentPort?.postMessage({ ready: true });
