import type { Db } from './database';

// What SQLite itself says about a store's soundness. Kept apart from the snapshots so that both
// the opening of a store and the checking of a snapshot use the same test.

export type StoreHealth = { ok: true } | { ok: false; detail: string };

/**
 * `PRAGMA quick_check` (O(N), skips the index-content cross-check that makes integrity_check
 * slow) on an open connection. A store too damaged to even run it is damaged too.
 */
export function checkHealth(db: Db): StoreHealth {
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.length === 0
      ? { ok: true }
      : { ok: false, detail: problems.slice(0, 3).join('; ') };
  } catch (error) {
    return { ok: false, detail: String(error) };
  }
}

/** SQLite's own words for a file that is a database but a broken one. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_IOERR_SHORT_READ'
  );
}
