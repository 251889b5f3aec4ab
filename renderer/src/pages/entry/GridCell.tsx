import { type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import type { MarkCheck } from '../../../../shared/domain/markRules';
import { formatPoints } from '../../../../shared/domain/points';
import type { AppError } from '../../../../shared/errors';

/** Where a key sends the scorekeeper: down the column is the main path (paper is read so). */
export type GridMove = 'up' | 'down';

/**
 * One cell of a scorekeeper's grid. Focusing selects the figure so typing replaces it; Enter goes
 * down the column (Shift+Enter up), the arrows too, Tab across (the browser's own order); leaving
 * the cell saves it at once. A blank stays blank, shown as —, never 0. A refused figure keeps the
 * cursor where it is, with the reason said in the grid's message line.
 */
export const GridCell = memo(function GridCell(props: {
  grid: string;
  row: number;
  col: number;
  saved: number | null;
  label: string;
  /** Agreement marks of double entry, and the like. */
  className?: string;
  title?: string;
  check: (row: number, col: number, text: string) => MarkCheck;
  onCommit: (row: number, col: number, value: number | null) => Promise<boolean>;
  onError: (error: AppError | null) => void;
  onMove: (row: number, col: number, move: GridMove) => void;
}) {
  const savedText = props.saved === null ? '' : formatPoints(props.saved);
  const [text, setText] = useState(savedText);
  const [invalid, setInvalid] = useState(false);
  // The text on its way to the store: a key that commits and moves also blurs the cell, and the
  // blur must not send the same figure twice.
  const sending = useRef<string | null>(null);

  useEffect(() => {
    setText(savedText);
    setInvalid(false);
    sending.current = null;
  }, [savedText]);

  /** False when the figure is refused here (the cursor stays). */
  const commit = (): boolean => {
    if (text === savedText || text === sending.current) return true;
    const check = props.check(props.row, props.col, text);
    if (!check.ok) {
      setInvalid(true);
      props.onError(check.error);
      return false;
    }
    setInvalid(false);
    props.onError(null);
    if (check.value === props.saved) return true;
    sending.current = text;
    props.onCommit(props.row, props.col, check.value).then((saved) => {
      if (!saved) {
        sending.current = null;
        setInvalid(true);
      }
    });
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setText(savedText);
      setInvalid(false);
      props.onError(null);
      return;
    }
    const move: GridMove | null =
      event.key === 'Enter'
        ? event.shiftKey
          ? 'up'
          : 'down'
        : event.key === 'ArrowDown'
          ? 'down'
          : event.key === 'ArrowUp'
            ? 'up'
            : null;
    if (!move) return;
    event.preventDefault();
    if (commit()) props.onMove(props.row, props.col, move);
  };

  const className = ['grid-cell', props.className, invalid && 'invalid'].filter(Boolean).join(' ');
  return (
    <td className={className} title={props.title}>
      <input
        data-cell={`${props.row}:${props.col}`}
        aria-label={props.label}
        aria-invalid={invalid}
        inputMode="decimal"
        autoComplete="off"
        placeholder="—"
        value={text}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </td>
  );
});

/** Focuses a cell of a grid (by its `data-grid`), if there is one there. */
export function focusGridCell(grid: string, row: number, col: number): boolean {
  const input = document.querySelector<HTMLInputElement>(
    `[data-grid="${grid}"] [data-cell="${row}:${col}"]`,
  );
  input?.focus();
  return !!input;
}
