import { AppFailure } from '../../shared/errors';

// The disk's refusals in words a user can act on, wherever they surface (a store write, a
// snapshot, an export): SQLite's result codes and Node's errno codes for the same two faults.

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['SQLITE_READONLY', 'EROFS', 'SQLITE_READONLY_DBMOVED']);

/** The catalog failure for a full or read-only disk, or null for any other error. */
export function diskFailure(error: unknown): AppFailure | null {
  const code = faultCode(error);
  if (code === undefined) return null;
  if (FULL.has(code)) return AppFailure.of('disk.full');
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) {
    return AppFailure.of('store.openedReadOnly');
  }
  return null;
}

/** The code of the error or of what it wraps (a failed snapshot carries SQLite's words only). */
function faultCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  if (error instanceof AppFailure) {
    const detail = String(error.errors[0]?.params?.detail ?? '');
    if (/database or disk is full|ENOSPC/.test(detail)) return 'ENOSPC';
    if (/readonly database|EROFS/.test(detail)) return 'EROFS';
  }
  return undefined;
}
