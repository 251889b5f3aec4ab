import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** Saving a rubric change that leaves marks off their scale: only with the reason written down. */
export function ApplyAnywayDialog(props: {
  open: boolean;
  count: number;
  onApply: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { open } = props;
  useEffect(() => {
    if (open) setReason('');
  }, [open]);
  return (
    <ConfirmDialog
      open={props.open}
      title={t('rubric.applyAnywayTitle')}
      confirmLabel={t('rubric.applyAnyway')}
      danger
      confirmDisabled={!reason.trim()}
      onConfirm={() => props.onApply(reason.trim())}
      onCancel={props.onCancel}
    >
      <p>{t('rubric.applyAnywayBody', { count: props.count })}</p>
      <Field label={t('rubric.applyAnywayReason')}>
        <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </ConfirmDialog>
  );
}
