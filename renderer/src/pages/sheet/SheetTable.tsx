import { useCallback } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import { MarkCell, type Move } from './MarkCell';

/** One panel's grid: a row per entry in draw order, a column per judged criterion, row totals. */
export function SheetTable(props: {
  table: number;
  criteria: Criterion[];
  entries: SheetView['entries'];
  marks: Map<string, number>;
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<void>;
}) {
  const { t, pick } = useI18n();
  const { table, criteria, marks } = props;

  const move = useCallback(
    (row: number, col: number, direction: Move) => {
      const [r, c] = {
        up: [row - 1, col],
        down: [row + 1, col],
        left: [row, col - 1],
        right: [row, col + 1],
      }[direction];
      document.querySelector<HTMLInputElement>(`[data-cell="${table}:${r}:${c}"]`)?.focus();
    },
    [table],
  );

  return (
    <table className="grid list scoring-sheet">
      <thead>
        <tr>
          <th className="num">{t('sheetScreen.order')}</th>
          <th>{t('roster.no')}</th>
          <th>{t('results.name')}</th>
          {criteria.map((c) => (
            <th key={c.code} className="num" title={pick(c.description)}>
              {pick(c.name)}
              <span className="max">/{formatPoints(c.max)}</span>
            </th>
          ))}
          <th className="num">{t('sheetScreen.total')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry, row) => {
          const values = criteria.map((c) => marks.get(`${entry.id}:${c.code}`));
          const complete = values.every((v) => v !== undefined);
          const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
          return (
            <tr
              key={entry.id}
              data-entry={entry.no}
              className={entry.status !== 'competing' ? 'inactive' : undefined}
            >
              <td className="num">{entry.drawOrder ?? row + 1}</td>
              <td>{entry.no}</td>
              <td>
                {entry.name}
                {entry.status === 'absent' && (
                  <span className="chip">{t('sheetScreen.absent')}</span>
                )}
                {entry.removed && <span className="chip">{t('sheetScreen.removed')}</span>}
                {entry.title && <span className="muted small title">{entry.title}</span>}
              </td>
              {criteria.map((c, col) => (
                <MarkCell
                  key={c.code}
                  cell={`${table}:${row}:${col}`}
                  row={row}
                  col={col}
                  criterion={c}
                  saved={marks.get(`${entry.id}:${c.code}`) ?? null}
                  label={`${entry.no} ${pick(c.name)}`}
                  readOnly={entry.removed}
                  onCommit={(value) => props.onCommit(entry.id, c.code, value)}
                  onMove={move}
                />
              ))}
              {/* A row total only once every criterion is scored: a partial sum would read as a mark. */}
              <td className="num total">{complete ? formatPoints(total, 2) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
