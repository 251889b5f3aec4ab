import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';

// Real disk conditions for the disk-fault tests. The tests run as root, for whom chmod stops no
// write: a read-only place is then made with the immutable attribute (chattr +i, what a locked
// file on a network share or a write-protected card amounts to), and a full disk with a tiny
// tmpfs. Both need root; as another user chmod is the real thing, and no full disk is made.

const isRoot = process.getuid?.() === 0;

/** Makes a file or folder unwritable; returns the undo (run it before the folder is removed). */
export function makeReadOnly(path: string): () => void {
  if (!isRoot) {
    chmodSync(path, 0o555);
    return () => chmodSync(path, 0o755);
  }
  execFileSync('chattr', ['+i', path]);
  return () => execFileSync('chattr', ['-i', path]);
}

export const canMakeReadOnly =
  !isRoot || spawnSync('chattr', ['--help'], { stdio: 'ignore' }).error === undefined;

/** Mounts a tmpfs of `bytes` at `dir`; returns the unmount, or null where mounting is refused. */
export function smallDisk(dir: string, bytes: number): (() => void) | null {
  if (!isRoot) return null;
  mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]);
  if (mounted.status !== 0) return null;
  return () => execFileSync('umount', [dir]);
}
