import { type ReactNode, useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';

/** A question that needs a reason typed before it is done: the reason goes to the log. */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  reasonLabel: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (props.open) setReason('');
  }, [props.open]);
  return (
    <ConfirmDialog
      open={props.open}
      title={props.title}
      confirmLabel={props.confirmLabel}
      danger={props.danger}
      busy={props.busy}
      confirmDisabled={reason.trim() === ''}
      onConfirm={() => props.onConfirm(reason.trim())}
      onCancel={props.onCancel}
    >
      {props.children}
      <Field label={props.reasonLabel}>
        <textarea value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </ConfirmDialog>
  );
}
