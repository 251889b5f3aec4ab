import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// What a snapshot or a restore killed half-way leaves: the copy being written (`….partial`, as
// large as the store) and the file being put back (`.<store>.….restoring`). Their names carry
// the writing process's id, and one is removed only when that process is gone: a listing in
// another process (`scoredesk backups` while the app takes a snapshot) must not pull a copy from
// under a live VACUUM INTO, and a file age would depend on the clock, which is what broke
// rotation. A process id reused by a later process only delays the clean-up until that one ends.

const PARTIAL = /\.(\d+)\.partial(?:-journal|-wal|-shm)?$|\.partial$/;
const RESTORING = /\.(\d+)\.restoring$|\.restoring$/;

/** Files this process is writing now: its own id on them does not make them leftovers. */
const writing = new Set<string>();

/** Runs `work` while `path` is being written by it, so that no clean-up removes it meanwhile. */
export function whileWriting<T>(path: string, work: () => T): T {
  writing.add(path);
  try {
    return work();
  } finally {
    writing.delete(path);
  }
}

export function partialPath(target: string): string {
  return `${target}.${process.pid}.partial`;
}

export function restoringPath(storePath: string): string {
  return join(dirname(storePath), `.${basename(storePath)}.${process.pid}.restoring`);
}

/** Removes the leftovers of processes that are gone, and this one's that it no longer writes. */
export function removeLeftovers(backups: string, storePath: string): void {
  removeMatching(backups, PARTIAL);
  const dir = dirname(storePath);
  const prefix = `.${basename(storePath)}.`;
  removeMatching(dir, RESTORING, (name) => name.startsWith(prefix));
}

function removeMatching(dir: string, pattern: RegExp, also = (_: string) => true): void {
  if (!existsSync(dir)) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || !also(name)) continue;
    // A name without a process id is from a version that wrote none: nobody writes it now.
    const pid = match[1] ?? match[2];
    const path = join(dir, name);
    if (writing.has(path) || (pid !== undefined && isAlive(Number(pid)))) continue;
    try {
      rmSync(path, { force: true });
    } catch {
      // A read-only folder keeps its leftovers; they are harmless, just large.
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
