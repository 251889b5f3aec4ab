import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import type { Move } from './MarkCell';
import { SheetRow } from './SheetRow';
import { markKey, scoreable } from './sheetBlanks';

/** A cell to go to: the sheet scrolls it into view (rendering its row) and focuses it. */
export interface CellTarget {
  entryId: number;
  criterion: string;
}

/**
 * One panel's grid: a row per entry in draw order, a column per judged criterion, row totals,
 * the header with the criteria and their maxima kept in view. Only the rows in view (and a few
 * either side) are in the page: 500 rows of 8 inputs took over a second to open and made every
 * saved mark re-render 4,000 inputs (@tanstack/react-virtual measures each row as drawn, so a
 * row with a title line or a chip keeps its height).
 */
export function SheetTable(props: {
  table: number;
  criteria: Criterion[];
  entries: SheetView['entries'];
  marks: ReadonlyMap<string, number>;
  flagBlanks: boolean;
  jumpTo: CellTarget | null;
  onJumped: () => void;
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<void>;
}) {
  const { t, pick } = useI18n();
  const { table, criteria, entries, marks } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const pending = useRef<{ row: number; col: number } | null>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => 46,
    overscan: 6,
  });

  const cell = (row: number, col: number) =>
    viewport.current?.querySelector<HTMLInputElement>(`[data-cell="${table}:${row}:${col}"]`);

  const focusCell = useCallback(
    (row: number, col: number) => {
      const input = viewport.current?.querySelector<HTMLInputElement>(
        `[data-cell="${table}:${row}:${col}"]`,
      );
      if (input) return input.focus();
      // Not rendered yet: scroll there, and focus once the row is drawn (the effect below).
      pending.current = { row, col };
      virtualizer.scrollToIndex(row, { align: 'center' });
    },
    [table, virtualizer],
  );

  // A row the judge can type in, from `row` in `step` direction (recused rows have no cells).
  const nextRow = useCallback(
    (row: number, step: 1 | -1) => {
      for (let r = row + step; r >= 0 && r < entries.length; r += step) {
        if (scoreable(entries[r]!)) return r;
      }
      return null;
    },
    [entries],
  );

  const move = useCallback(
    (row: number, col: number, direction: Move) => {
      const last = criteria.length - 1;
      const down = () => nextRow(row, 1);
      const up = () => nextRow(row, -1);
      const target: [number | null, number] = {
        up: [up(), col],
        down: [down(), col],
        left: [row, col - 1],
        right: [row, col + 1],
        next: [down(), 0],
        previous: [up(), last],
      }[direction] as [number | null, number];
      const [r, c] = target;
      if (r === null || c < 0 || c > last) return;
      focusCell(r, c);
    },
    [criteria.length, nextRow, focusCell],
  );

  useLayoutEffect(() => {
    const { jumpTo } = props;
    if (jumpTo) {
      const row = entries.findIndex((e) => e.id === jumpTo.entryId);
      const col = criteria.findIndex((c) => c.code === jumpTo.criterion);
      if (row >= 0 && col >= 0) {
        props.onJumped();
        focusCell(row, col);
      }
    }
    const want = pending.current;
    if (want) {
      const input = cell(want.row, want.col);
      if (input) {
        pending.current = null;
        input.focus();
      }
    }
  });

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = criteria.length + 4;
  return (
    <div className="sheet-viewport" ref={viewport} data-table={table}>
      <table className="grid list scoring-sheet">
        <thead>
          <tr>
            <th className="num order">{t('sheetScreen.order')}</th>
            <th className="no">{t('roster.no')}</th>
            <th className="who">{t('results.name')}</th>
            {criteria.map((c, col) => (
              <th key={c.code} className="num crit" data-col={col} title={pick(c.description)}>
                <span className="crit-name">{pick(c.name)}</span>
                <span className="max">/{formatPoints(c.max)}</span>
              </th>
            ))}
            <th className="num total">{t('sheetScreen.total')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr className="spacer">
              <td colSpan={span} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const entry = entries[item.index]!;
            return (
              <SheetRow
                key={entry.id}
                table={table}
                row={item.index}
                entry={entry}
                criteria={criteria}
                values={criteria.map((c) => marks.get(markKey(entry.id, c.code)) ?? null)}
                flagBlanks={props.flagBlanks}
                onCommit={props.onCommit}
                onMove={move}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {after > 0 && (
            <tr className="spacer">
              <td colSpan={span} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
