import { useEffect, useState } from 'react';
import type { Opened } from '../../../../shared/api/competition';
import type { CallOutput } from '../../../../shared/api/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { SnapshotTable } from './SnapshotTable';
import './backups.css';

/**
 * On the home screen, when competitions.open refused a damaged store (`backup.storeDamaged`):
 * the store's snapshots, newest first, each with a restore button (confirmed first).
 */
export function DamagedStoreNotice(props: {
  errors: AppError[];
  onRestored: (opened: Opened) => void;
}) {
  const { t } = useI18n();
  const damaged = props.errors.find((e) => e.code === 'backup.storeDamaged');
  const path = typeof damaged?.params?.path === 'string' ? damaged.params.path : null;
  const [list, setList] = useState<{ path: string; value: CallOutput<'backups.list'> } | null>(
    null,
  );
  const { errors, run } = useCall();

  useEffect(() => {
    if (path) run(async () => setList({ path, value: await call('backups.list', { path }) }));
  }, [run, path]);

  if (!path) return null;
  const snapshots = list?.path === path ? list.value.snapshots : [];
  return (
    <section className="card damaged-store" aria-labelledby="damaged-title">
      <h2 id="damaged-title">{t('backup.damagedTitle')}</h2>
      <ErrorList errors={errors} />
      {snapshots.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <SnapshotTable
          snapshots={snapshots}
          onRestore={async (snapshot) => {
            await run(async () => {
              props.onRestored(await call('backups.restore', { path, snapshot: snapshot.name }));
            });
          }}
        />
      )}
    </section>
  );
}
