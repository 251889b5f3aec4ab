import { type FormEvent, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { Track } from '../../../../shared/domain/rubric';
import type { BlockingFlag } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { ConsistencySummary } from '../consistency/ConsistencySummary';
import { LockConfirmDialog } from './LockConfirmDialog';

/**
 * Locking publishes a version; after a change, the next version needs the reason. A dialog comes
 * first with the award counts per group, which the organizers agree on before the ceremony, and
 * what the engine flags, confirmed item by item; the store refuses a lock without the latter.
 */
export function LockPanel(props: {
  track: string;
  rubric: Track;
  view: TrackResultsView;
  onChange: () => void;
}) {
  const { t, language } = useI18n();
  const { lock, blockers, publishable } = props.view;
  const [by, setBy] = useState(lock?.lockedBy ?? '');
  const [reason, setReason] = useState('');
  const { errors, setErrors, run } = useCall();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const lockNow = async (acknowledged: BlockingFlag[]) => {
    setBusy(true);
    const locked = await run(() =>
      call('results.lock', { track: props.track, by, reason, acknowledged }),
    );
    setConfirming(false);
    setBusy(false);
    if (!locked) return;
    setReason('');
    props.onChange();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publishable) {
      setErrors([{ code: 'results.nothingToPublish' }]);
      return;
    }
    setConfirming(true);
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
      {!lock?.current && (
        <ConsistencySummary track={props.track} inputHash={props.view.inputHash} />
      )}
      <ErrorList errors={errors} />
      <LockConfirmDialog
        open={confirming}
        rubric={props.rubric}
        view={props.view}
        busy={busy}
        extra={<ConsistencySummary track={props.track} inputHash={props.view.inputHash} />}
        onConfirm={lockNow}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
