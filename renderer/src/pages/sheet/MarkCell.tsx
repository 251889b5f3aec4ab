import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { checkMark } from '../../../../shared/domain/markRules';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion } from '../../../../shared/domain/rubric';
import type { AppError } from '../../../../shared/errors';
import { useI18n } from '../../i18n/I18nProvider';

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/**
 * One cell of the scoring sheet, keyboard first: focusing selects the mark so typing replaces
 * it; Tab goes across one contestant's criteria and on to the next contestant's first (the
 * main path), Enter and the arrows commit and move, Esc puts back the saved mark.
 * Every prop is a value or a stable function, so a mark saved elsewhere re-renders no other cell.
 */
export const MarkCell = memo(function MarkCell(props: {
  table: number;
  row: number;
  col: number;
  last: boolean;
  entryId: number;
  criterion: Criterion;
  saved: number | null;
  /** 提交 found this cell blank: shown until it is scored. */
  flagged: boolean;
  label: string;
  /** The entry left the roster: its mark stays visible, and cannot change. */
  readOnly?: boolean;
  /** The row's form (see SheetRow). */
  form: string;
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<void>;
  onMove: (row: number, col: number, move: Move) => void;
}) {
  const { explain } = useI18n();
  const savedText = props.saved === null ? '' : formatPoints(props.saved);
  const [text, setText] = useState(savedText);
  const [error, setError] = useState<AppError | null>(null);
  // The text already on its way to the store: a key that commits and moves also blurs the
  // cell, and the blur must not send the same mark twice.
  const sending = useRef<string | null>(null);

  useEffect(() => {
    setText(savedText);
    setError(null);
    sending.current = null;
  }, [savedText]);

  const commit = async () => {
    if (text === savedText) return setError(null);
    if (text === sending.current) return;
    const check = checkMark(text, props.criterion);
    if (!check.ok) return setError(check.error);
    setError(null);
    if (check.value === props.saved) return;
    sending.current = text;
    await props.onCommit(props.entryId, props.criterion.code, check.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'down' };
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (event.key === 'ArrowLeft' && atStart) moves.ArrowLeft = 'left';
    if (event.key === 'ArrowRight' && atEnd) moves.ArrowRight = 'right';
    // Within a row the browser's own Tab order is right; across rows the next one may not be
    // rendered yet (only the rows in view are), so the sheet moves there itself.
    if (event.key === 'Tab' && !event.shiftKey && props.last) moves.Tab = 'next';
    if (event.key === 'Tab' && event.shiftKey && props.col === 0) moves.Tab = 'previous';
    if (event.key === 'Escape') {
      event.preventDefault();
      setText(savedText);
      setError(null);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    commit();
    props.onMove(props.row, props.col, move);
  };

  const className = ['mark', error && 'invalid', props.flagged && props.saved === null && 'blank']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={className}>
      <input
        data-cell={`${props.table}:${props.row}:${props.col}`}
        data-col={props.col}
        form={props.form}
        aria-label={props.label}
        aria-invalid={!!error}
        inputMode="decimal"
        autoComplete="off"
        readOnly={props.readOnly}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span className="cell-error" role="alert">
          {explain(error)}
        </span>
      )}
    </td>
  );
});
