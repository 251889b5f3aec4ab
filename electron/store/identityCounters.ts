import type { Db } from './database';

// Ids of entries and judges are never handed out twice (migration 0005 says why).

export type IdentityKind = 'entry' | 'judge';

/** The next id for a new entry or judge; call it in the transaction that inserts the row. */
export function nextIdentity(db: Db, kind: IdentityKind): number {
  const row = db
    .prepare(
      `UPDATE identity_counters SET last = MAX(last, (SELECT COALESCE(MAX(id), 0) FROM ${
        kind === 'entry' ? 'entries' : 'judges'
      })) + 1 WHERE kind = ? RETURNING last`,
    )
    .get(kind) as { last: number } | undefined;
  if (!row) throw new Error(`no identity counter for ${kind}`);
  return row.last;
}
