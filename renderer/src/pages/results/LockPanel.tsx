import { type FormEvent, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { AppError } from '../../../../shared/errors';
import type { BlockingFlag } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { LockConfirmDialog } from './LockConfirmDialog';

/**
 * Locking publishes a version; after a change, the next version needs the reason. What the
 * engine flags is confirmed item by item in a dialog first; the store refuses a lock without it.
 */
export function LockPanel(props: { track: string; view: TrackResultsView; onChange: () => void }) {
  const { t, language } = useI18n();
  const { lock, blockers, publishable } = props.view;
  const [by, setBy] = useState(lock?.lockedBy ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<AppError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const lockNow = async (acknowledged: BlockingFlag[]) => {
    setBusy(true);
    try {
      await call('results.lock', { track: props.track, by, reason, acknowledged });
      setReason('');
      setErrors([]);
      setConfirming(false);
      props.onChange();
    } catch (error) {
      setErrors(toErrors(error));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publishable) {
      setErrors([{ code: 'results.nothingToPublish' }]);
      return;
    }
    if (blockers.length > 0) setConfirming(true);
    else lockNow([]);
  };

  return (
    <form className={`card lock-panel no-print ${lock?.current ? 'locked' : ''}`} onSubmit={submit}>
      <p className="lock-state" role="status">
        {lock
          ? t('results.lockState', {
              version: lock.version,
              by: lock.lockedBy,
              at: new Date(lock.lockedAt).toLocaleString(language),
            })
          : t('results.notLocked')}
      </p>
      {lock && !lock.current && (
        <p className="warn-text">{t('results.lockStale', { next: lock.version + 1 })}</p>
      )}
      {!lock?.current && (
        <div className="inline lock-fields">
          <Field label={t('results.lockedBy')}>
            <input required value={by} onChange={(e) => setBy(e.target.value)} />
          </Field>
          {lock && (
            <Field label={t('results.reason')}>
              <input required value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
          )}
          <button type="submit" className="primary">
            {lock ? t('results.relock') : t('results.lock')}
          </button>
        </div>
      )}
      {!lock?.current && blockers.length > 0 && (
        <p className="warn-text small">
          {t('results.lockBlockersNote', { count: blockers.length })}
        </p>
      )}
      <ErrorList errors={errors} />
      <LockConfirmDialog
        open={confirming}
        blockers={blockers}
        busy={busy}
        onConfirm={lockNow}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
