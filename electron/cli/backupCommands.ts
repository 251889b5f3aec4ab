import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import { isMessageKey, translate } from '../../shared/i18n/catalog';
import { openStore } from '../store/database';
import { listSnapshots, restoreSnapshot } from '../store/snapshots';

// `scoredesk backups <store>` and `scoredesk restore <store> <snapshot>`.

/** A known reason in the user's language; a reason added later by its code. */
export function reasonLabel(language: Language, reason: string): string {
  const key = `backup.reason.${reason}`;
  return isMessageKey(key) ? translate(language, key) : reason;
}

/** Lists the snapshots, newest first. Works on a damaged store too: that is when it is needed. */
export function runBackups(store: string | undefined, language: Language): number {
  if (!store) throw AppFailure.of('backup.cliUsage');
  const path = resolve(store);
  const snapshots = listSnapshots(path);
  if (snapshots.length === 0) {
    console.log(translate(language, 'backup.cliNone', { store: path }));
    return 0;
  }
  for (const s of snapshots) {
    console.log(
      translate(language, 'backup.cliList', {
        at: s.at,
        reason: reasonLabel(language, s.reason),
        size: s.size,
        name: s.name,
      }),
    );
  }
  return 0;
}

/** Puts a snapshot back; the current state is snapshotted (or, if damaged, moved aside) first. */
export function runRestore(
  store: string | undefined,
  snapshot: string | undefined,
  language: Language,
): number {
  if (!store || !snapshot) throw AppFailure.of('backup.cliUsage');
  const path = resolve(store);
  if (!existsSync(path) && listSnapshots(path).length === 0) {
    throw AppFailure.of('store.notFound', { path });
  }
  const restored = restoreSnapshot(path, snapshot, (p) => openStore(p));
  // Opened once, as the app would: proves the restored store is sound and current.
  openStore(path).close();
  console.log(translate(language, 'backup.cliRestored', { store: path, name: restored.name }));
  return 0;
}
