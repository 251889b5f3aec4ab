import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { diskFailure } from '../store/diskFaults';

// Every file we write where the user chose (results workbooks, judge files, paper sheets, score
// files) is written whole beside its final name and then renamed over it. Written in place, a
// full disk or a pulled stick half-way left neither the new file nor the earlier one, and the
// earlier one was often what the user came back for (last night's results, the judge file
// already handed out). A rename within one folder replaces the name in one step.

/** The file being written beside `path`; the process id keeps two writers from sharing one. */
export function writingPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.writing`);
}

/**
 * Writes `data` to `path` all or nothing: on any failure the earlier file at `path` is as it was,
 * and the failure is `disk.full` (or read-only) in words, else `export.cannotWrite`.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = writingPath(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'w');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    // On the disk before it takes the name: a power cut then leaves the old file or the new one.
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    removeQuietly(temp);
    throw (
      diskFailure(error) ?? AppFailure.of('export.cannotWrite', { path, detail: String(error) })
    );
  }
}

function removeQuietly(temp: string): void {
  try {
    // Not recursive: whatever was in the way and is not our file stays.
    rmSync(temp, { force: true });
  } catch {
    // Nothing of ours to remove.
  }
}
