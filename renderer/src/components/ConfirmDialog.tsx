import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './ConfirmDialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in the user's words; may hold a list of what is affected. */
  children?: ReactNode;
  /** The button that does it: say the action (删除, 导入), not 确定. */
  confirmLabel: string;
  /** A destructive action: the button is red and the cancel button has the focus. */
  danger?: boolean;
  busy?: boolean;
  /** The confirm button waits for something in the body (a reason typed, every box ticked). */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A question asked in the page, in place of window.confirm (banned: Electron has no prompt, and
 * a native box cannot be translated, styled or tested). A modal <dialog>: Esc and the cancel
 * button say no, the page behind cannot be clicked while it is open.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { open, danger } = props;
  // Several of these on one screen: each names itself, not the first one in the page.
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (danger ? cancelRef : confirmRef).current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open, danger]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc: the dialog closes only when the page says so.
        event.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children && <div className="confirm-dialog-body">{props.children}</div>}
      <div className="confirm-dialog-actions">
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'danger' : 'primary'}
          disabled={props.busy || props.confirmDisabled}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button ref={cancelRef} type="button" disabled={props.busy} onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  );
}
