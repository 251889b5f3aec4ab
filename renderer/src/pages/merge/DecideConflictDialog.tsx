import { useEffect, useState } from 'react';
import { formatPoints } from '../../../../shared/domain/points';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import type { Conflict } from './ConflictList';

/** Which of the two marks stays, who decided it and why: all three required, all recorded. */
export function DecideConflictDialog(props: {
  conflict: Conflict | null;
  onDecided: () => void;
  onCancel: () => void;
}) {
  const { t, pick } = useI18n();
  const { conflict } = props;
  const [keep, setKeep] = useState<'stored' | 'incoming' | null>(null);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, run } = useCall();

  useEffect(() => {
    if (!conflict) return;
    setKeep(null);
    setReason('');
    setErrors([]);
  }, [conflict, setErrors]);

  const shown = (value: number | null) =>
    value === null ? t('mergeScreen.blank') : formatPoints(value);
  const decide = async () => {
    if (!conflict || !keep) return;
    setBusy(true);
    const value = keep === 'stored' ? conflict.storedValue : conflict.incomingValue;
    const done = await run(() =>
      call('conflicts.resolve', { id: conflict.id, value, decidedBy: by, reason }),
    );
    setBusy(false);
    if (done) props.onDecided();
  };

  return (
    <ConfirmDialog
      open={conflict !== null}
      title={
        conflict
          ? t('mergeScreen.decideTitle', {
              entry: conflict.entryNo,
              criterion: pick(conflict.criterionName),
            })
          : ''
      }
      confirmLabel={t('mergeScreen.decideConfirm')}
      busy={busy}
      confirmDisabled={!keep || by.trim() === '' || reason.trim() === ''}
      onConfirm={decide}
      onCancel={props.onCancel}
    >
      {conflict && (
        <fieldset className="decide-keep">
          <legend className="field-label">{t('mergeScreen.decideKeep')}</legend>
          <label>
            <input
              type="radio"
              name="keep"
              checked={keep === 'stored'}
              onChange={() => setKeep('stored')}
            />{' '}
            {t('mergeScreen.storedSide', { value: shown(conflict.storedValue) })}
          </label>
          <label>
            <input
              type="radio"
              name="keep"
              checked={keep === 'incoming'}
              onChange={() => setKeep('incoming')}
            />{' '}
            {t('mergeScreen.incomingSide', { value: shown(conflict.incomingValue) })}
          </label>
        </fieldset>
      )}
      <Field label={t('mergeScreen.decidedBy')} wide>
        <input value={by} maxLength={100} onChange={(e) => setBy(e.target.value)} />
      </Field>
      <Field label={t('mergeScreen.decideReason')} wide>
        <textarea
          value={reason}
          maxLength={500}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <ErrorList errors={errors} />
    </ConfirmDialog>
  );
}
