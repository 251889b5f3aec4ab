import { type KeyboardEvent, memo, useEffect, useState } from 'react';
import { checkMark } from '../../../../shared/domain/markRules';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion } from '../../../../shared/domain/rubric';
import type { AppError } from '../../../../shared/errors';
import { useI18n } from '../../i18n/I18nProvider';

export type Move = 'up' | 'down' | 'left' | 'right';

/**
 * One cell of the scoring sheet, keyboard first: focusing selects the mark so typing replaces
 * it, Enter and the arrows commit and move, Esc puts back the saved mark.
 */
export const MarkCell = memo(function MarkCell(props: {
  cell: string;
  row: number;
  col: number;
  criterion: Criterion;
  saved: number | null;
  label: string;
  /** The entry left the roster: its mark stays visible, and cannot change. */
  readOnly?: boolean;
  onCommit: (value: number | null) => Promise<void>;
  onMove: (row: number, col: number, move: Move) => void;
}) {
  const { explain } = useI18n();
  const savedText = props.saved === null ? '' : formatPoints(props.saved);
  const [text, setText] = useState(savedText);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    setText(savedText);
    setError(null);
  }, [savedText]);

  const commit = async () => {
    if (text === savedText) return setError(null);
    const check = checkMark(text, props.criterion);
    if (!check.ok) return setError(check.error);
    setError(null);
    if (check.value !== props.saved) await props.onCommit(check.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'down' };
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    if (event.key === 'ArrowLeft' && atStart) moves.ArrowLeft = 'left';
    if (event.key === 'ArrowRight' && atEnd) moves.ArrowRight = 'right';
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

  return (
    <td className={error ? 'mark invalid' : 'mark'}>
      <input
        data-cell={props.cell}
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
