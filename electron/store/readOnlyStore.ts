import { accessSync, constants, copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

// A competition file the disk will not let us write is opened from a copy on the local disk.

const COPY_PREFIX = 'scoredesk-read-only-';

/**
 * May we write the store and make files beside it (its -wal and -shm)? access(2) answers for
 * root too on a read-only mount (EROFS) or an immutable file or folder (EPERM), where a chmod
 * would not stop root.
 */
export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A private copy of the store with its unsaved log (-wal), for a read-only connection. */
export function readOnlyCopy(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), COPY_PREFIX));
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

/** Is this the file of such a copy (removed with its connection)? */
export function isReadOnlyCopy(path: string): boolean {
  return basename(dirname(path)).startsWith(COPY_PREFIX) && dirname(dirname(path)) === tmpdir();
}
