import { useEffect, useState } from 'react';
import type { Entry, Judge, Recusal } from '../../../../shared/domain/people';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

export interface RecusalQuestion {
  judge: Judge;
  entry: Entry;
  /** The recusal there now: the dialog clears it; none: the dialog sets one. */
  existing: Recusal | undefined;
  /** The existing recusal's reason as the screen shows it (the automatic one translated). */
  reasonText: string;
}

/**
 * Setting or clearing one recusal, with its reason typed in the page (Electron has no
 * window.prompt). Clearing an automatic one needs the reason: it is remembered, so the
 * automatic pass does not bring the recusal back.
 */
export function RecusalDialog(props: {
  question: RecusalQuestion | null;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { question } = props;
  useEffect(() => {
    if (question) setReason('');
  }, [question]);
  if (!question) return null;

  const { judge, entry, existing } = question;
  const names = { judge: judge.name, no: entry.no, name: entry.name };
  const clearingAuto = existing?.source === 'auto';
  const needsReason = clearingAuto && reason.trim() === '';
  return (
    <ConfirmDialog
      open
      title={existing ? t('panels.clearTitle', names) : t('panels.recuseTitle', names)}
      confirmLabel={existing ? t('panels.clearAction') : t('panels.recuseAction')}
      busy={props.busy}
      confirmDisabled={needsReason}
      onConfirm={() => !needsReason && props.onConfirm(reason.trim())}
      onCancel={props.onCancel}
    >
      {clearingAuto && <p>{t('panels.clearAutoBody', { reason: question.reasonText })}</p>}
      {existing && !clearingAuto && existing.reason && (
        <p>{t('panels.manualReason', { reason: question.reasonText })}</p>
      )}
      <Field
        label={
          existing
            ? t(clearingAuto ? 'panels.clearReason' : 'panels.clearReasonOptional')
            : t('panels.reasonPrompt')
        }
      >
        <input
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to take this reason
          autoFocus
          value={reason}
          maxLength={200}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </ConfirmDialog>
  );
}
