import { AppFailure } from '../../shared/errors';
import type { Db } from './database';
import { checkHealth } from './integrity';
import { latestGoodSnapshot, listSnapshots } from './snapshots';

/** A damaged store is refused with the snapshot to go back to, never opened half-readable. */
export function damagedStore(storePath: string, detail: string): AppFailure {
  const latest = latestGoodSnapshot(storePath);
  return AppFailure.of('backup.storeDamaged', {
    path: storePath,
    detail: detail.slice(0, 300),
    latest: latest?.name ?? '—',
    latestAt: latest?.at ?? '—',
    count: listSnapshots(storePath).filter((s) => s.reason !== 'damaged').length,
  });
}

/** Called when an existing store is opened: quick_check, and a specific refusal if it fails. */
export function assertSound(db: Db, storePath: string): void {
  const health = checkHealth(db);
  if (!health.ok) throw damagedStore(storePath, health.detail);
}
