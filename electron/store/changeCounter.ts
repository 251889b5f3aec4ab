import type { Db } from './database';

/**
 * Rows this connection has changed so far: a long call that waits between steps (a merge waiting
 * for the worker) sees whether another call wrote in the meantime.
 */
export function changeCounter(db: Db): () => number {
  const statement = db.prepare('SELECT total_changes()').pluck();
  return () => statement.get() as number;
}
