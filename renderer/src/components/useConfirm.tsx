import { type ReactNode, useCallback, useRef, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface Question {
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
}

/**
 * `const [dialog, ask] = useConfirm()`: render `dialog`, then `if (!(await ask({…}))) return;`
 * where window.confirm was. One question at a time; a new one answers the open one with no.
 */
export function useConfirm(): [ReactNode, (question: Question) => Promise<boolean>] {
  const [question, setQuestion] = useState<Question | null>(null);
  const answer = useRef<((yes: boolean) => void) | null>(null);

  const settle = useCallback((yes: boolean) => {
    answer.current?.(yes);
    answer.current = null;
    setQuestion(null);
  }, []);

  const ask = useCallback((next: Question) => {
    answer.current?.(false);
    setQuestion(next);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  }, []);

  const dialog = (
    <ConfirmDialog
      open={question !== null}
      title={question?.title ?? ''}
      confirmLabel={question?.confirmLabel ?? ''}
      danger={question?.danger ?? false}
      onConfirm={() => settle(true)}
      onCancel={() => settle(false)}
    >
      {question?.body}
    </ConfirmDialog>
  );
  return [dialog, ask];
}
