import { type FormEvent, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** Locking publishes a version; after a change, the next version needs the reason. */
export function LockPanel(props: { track: string; view: TrackResultsView; onChange: () => void }) {
  const { t, language } = useI18n();
  const { lock } = props.view;
  const [by, setBy] = useState(lock?.lockedBy ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<AppError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call('results.lock', { track: props.track, by, reason });
      setReason('');
      setErrors([]);
      props.onChange();
    } catch (error) {
      setErrors(toErrors(error));
    }
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
      <ErrorList errors={errors} />
    </form>
  );
}
