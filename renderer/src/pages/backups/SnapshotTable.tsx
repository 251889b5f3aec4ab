import { useState } from 'react';
import type { SnapshotView } from '../../../../shared/api/safety';
import { isMessageKey } from '../../../../shared/i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';

/** A known reason in the user's language; a reason added later by its code. */
export function useReasonLabel() {
  const { t } = useI18n();
  return (reason: string) => {
    const key = `backup.reason.${reason}`;
    return isMessageKey(key) ? t(key) : reason;
  };
}

/** Snapshots with time, reason and size; "恢复" asks for confirmation before anything happens. */
export function SnapshotTable(props: {
  snapshots: SnapshotView[];
  onRestore: (snapshot: SnapshotView) => Promise<void>;
}) {
  const { t, language } = useI18n();
  const reasonLabel = useReasonLabel();
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const when = (at: string) => new Date(at).toLocaleString(language);

  return (
    <table className="backup-table">
      <thead>
        <tr>
          <th scope="col">{t('backup.col.time')}</th>
          <th scope="col">{t('backup.col.reason')}</th>
          <th scope="col">{t('backup.col.size')}</th>
          <th scope="col">{t('backup.col.name')}</th>
          <th scope="col" aria-label={t('backup.restore')} />
        </tr>
      </thead>
      <tbody>
        {props.snapshots.map((s) => (
          <tr key={s.name}>
            <td>{when(s.at)}</td>
            <td>{reasonLabel(s.reason)}</td>
            <td className="num">
              {t('backup.sizeKb', { size: Math.max(1, Math.round(s.size / 1024)) })}
            </td>
            <td className="backup-name">{s.name}</td>
            <td>
              {s.reason === 'damaged' ? null : asking === s.name ? (
                <div className="backup-confirm" role="alertdialog" aria-label={t('backup.restore')}>
                  <p>{t('backup.confirm', { at: when(s.at), reason: reasonLabel(s.reason) })}</p>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={async () => {
                      // onRestore shows its own refusal (useCall): it never throws.
                      setBusy(true);
                      await props.onRestore(s);
                      setBusy(false);
                      setAsking(null);
                    }}
                  >
                    {t('backup.confirmButton')}
                  </button>
                  <button type="button" onClick={() => setAsking(null)} disabled={busy}>
                    {t('backup.cancel')}
                  </button>
                </div>
              ) : (
                <button type="button" onClick={() => setAsking(s.name)}>
                  {t('backup.restore')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
