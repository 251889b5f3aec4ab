import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// `scoredesk serve --lan` as its own process, as the head table runs it, so that a test can kill
// it (SIGKILL: no handler runs, nothing is flushed) and start it again on the same store and port.

const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

export interface HallProcess {
  child: ChildProcess;
  /** The hall's origin, "http://127.0.0.1:PORT". */
  origin: string;
  /** The head table's loopback address, token included. */
  hostUrl: string;
  output: () => string;
}

/** A port free now, for a server that must come back on the same one after a restart. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function startHallProcess(options: {
  store: string;
  dir: string;
  port: number;
  timeoutMs?: number;
  /** HTTPS with the competition's certificate (default: plain HTTP). */
  https?: boolean;
}): Promise<HallProcess> {
  const child = spawn(
    process.execPath,
    [
      bin,
      'serve',
      '--lan',
      ...(options.https ? [] : ['--http']),
      '--address',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--store',
      options.store,
      '--data-dir',
      options.dir,
      '--config-dir',
      join(options.dir, 'config'),
      '--lang',
      'en',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the hall did not start:\n${out}`));
    }, options.timeoutMs ?? 20_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const origin = /SCOREDESK_LAN_ORIGIN=(\S+)/.exec(out)?.[1];
      const hostUrl = /SCOREDESK_URL=(\S+)/.exec(out)?.[1];
      if (origin && hostUrl) {
        clearTimeout(timer);
        resolve({ child, origin, hostUrl, output: () => out });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the hall stopped (${signal ?? code}):\n${out}`));
    });
  });
}

/** Kills the process as a power cut would, and waits until it is gone. */
export function killHard(hall: HallProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hall.child.exitCode !== null || hall.child.signalCode !== null) return resolve();
    hall.child.removeAllListeners('exit');
    hall.child.once('exit', () => resolve());
    hall.child.kill('SIGKILL');
  });
}

/** Stops it as the organizer would (Ctrl+C). */
export function stopGently(hall: HallProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hall.child.exitCode !== null || hall.child.signalCode !== null) return resolve();
    hall.child.removeAllListeners('exit');
    hall.child.once('exit', () => resolve());
    hall.child.kill('SIGTERM');
  });
}
