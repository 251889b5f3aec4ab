import { memo } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import { formatPoints } from '../../../../shared/domain/points';
import { SAME_ORGANIZATION } from '../../../../shared/domain/recusalRules';
import type { Criterion } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import { MarkCell, type Move } from './MarkCell';

export interface RowProps {
  table: number;
  row: number;
  entry: SheetView['entries'][number];
  criteria: Criterion[];
  /** The saved mark of each criterion, in column order; null is blank. */
  values: Array<number | null>;
  flagBlanks: boolean;
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<void>;
  onMove: (row: number, col: number, move: Move) => void;
  measure: (element: HTMLTableRowElement | null) => void;
}

/** A contestant's row: a cell per criterion and the total, or 回避 across them when recused. */
export const SheetRow = memo(function SheetRow(props: RowProps) {
  const { t, pick } = useI18n();
  const { entry, criteria, values, table, row } = props;
  const complete = values.every((v) => v !== null);
  const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const reason =
    entry.recusal?.reason === SAME_ORGANIZATION
      ? t('panels.sameOrganization')
      : (entry.recusal?.reason ?? '');
  // Each row's inputs belong to a form of their own: Chrome re-examines every form-less input of
  // the page for autofill on each focus change, which cost ~10 ms per Tab on a drawn sheet.
  const form = `sheet-row-${table}-${entry.id}`;
  const className = [
    entry.status !== 'competing' && 'inactive',
    entry.recusal && 'recused',
    props.flagBlanks && entry.recusal === null && !entry.removed && !complete && 'has-blank',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      ref={props.measure}
      data-index={row}
      data-entry={entry.no}
      className={className || undefined}
    >
      <td className="num order">{entry.drawOrder ?? row + 1}</td>
      <td className="no">{entry.no}</td>
      <td className="who">
        <form id={form} hidden onSubmit={(event) => event.preventDefault()} />
        <span className="name">{entry.name}</span>
        {entry.status === 'absent' && <span className="chip">{t('sheetScreen.absent')}</span>}
        {entry.removed && <span className="chip">{t('sheetScreen.removed')}</span>}
        {entry.title && <span className="muted small title">{entry.title}</span>}
      </td>
      {entry.recusal ? (
        // Greyed, not hidden: a missing row reads as the organizer's mistake.
        <td className="recusal" colSpan={criteria.length + 1}>
          <span className="chip recused-chip">{t('sheetScreen.recused')}</span>
          {reason && <span className="muted small">{t('sheetScreen.recusedWhy', { reason })}</span>}
        </td>
      ) : (
        <>
          {criteria.map((c, col) => (
            <MarkCell
              key={c.code}
              table={table}
              row={row}
              col={col}
              last={col === criteria.length - 1}
              entryId={entry.id}
              criterion={c}
              saved={values[col] ?? null}
              flagged={props.flagBlanks}
              label={`${entry.no} ${pick(c.name)}`}
              readOnly={entry.removed}
              form={form}
              onCommit={props.onCommit}
              onMove={props.onMove}
            />
          ))}
          {/* A row total only once every criterion is scored: a partial sum would read as a mark. */}
          <td className="num total">{complete ? formatPoints(total, 2) : ''}</td>
        </>
      )}
    </tr>
  );
}, sameRow);

/** Rows compare by their marks' values: the sheet's map of marks is new after every save. */
function sameRow(a: RowProps, b: RowProps): boolean {
  return (
    a.entry === b.entry &&
    a.row === b.row &&
    a.criteria === b.criteria &&
    a.flagBlanks === b.flagBlanks &&
    a.onCommit === b.onCommit &&
    a.onMove === b.onMove &&
    a.measure === b.measure &&
    a.values.length === b.values.length &&
    a.values.every((v, i) => v === b.values[i])
  );
}
