import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { SnapshotTable } from './SnapshotTable';
import './backups.css';

/** 备份与恢复: the open competition's snapshots, and putting one back. */
export function BackupsPage() {
  const { t, language } = useI18n();
  const { setCurrent } = useCompetition();
  const [list, setList] = useState<CallOutput<'backups.list'> | null>(null);
  const { errors, run } = useCall();
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => run(async () => setList(await call('backups.list', {}))), [run]);
  useEffect(() => {
    load();
  }, [load]);

  return (
    <div className="backups-page">
      <div className="page-header">
        <h1>{t('backup.title')}</h1>
      </div>
      <p className="muted">{t('backup.intro', { keep: list?.keep ?? 20 })}</p>
      {list && <p className="muted backup-dir">{t('backup.folder', { dir: list.dir })}</p>}
      <ErrorList errors={errors} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {list && list.snapshots.length === 0 && <p>{t('backup.none')}</p>}
      {list && list.snapshots.length > 0 && (
        <SnapshotTable
          snapshots={list.snapshots}
          onRestore={async (snapshot) => {
            await run(async () => {
              setCurrent(await call('backups.restore', { snapshot: snapshot.name }));
              setDone(t('backup.restored', { at: new Date(snapshot.at).toLocaleString(language) }));
              await load();
            });
          }}
        />
      )}
    </div>
  );
}
