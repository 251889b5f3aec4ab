import { memo } from 'react';
import { formatPoints } from '../../../shared/domain/points';
import { SAME_ORGANIZATION } from '../../../shared/domain/recusalRules';
import type { Criterion } from '../../../shared/domain/rubric';
import type { JudgeFileEntry } from '../../../shared/formats/judgeFile';
import { isUnsent, type KeptMark } from '../../../shared/lan/deviceMarks';
import { useJudgeI18n } from './judgeI18n';
import { MarkField } from './MarkField';

/** A contestant: order, number, name, a field per criterion and the total; 回避 when recused. */
interface CardProps {
  entry: JudgeFileEntry;
  order: number;
  criteria: Criterion[];
  kept: Array<KeptMark | undefined>;
  flagBlanks: boolean;
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<boolean>;
}

export const EntryCard = memo(function EntryCard(props: CardProps) {
  const { t } = useJudgeI18n();
  const { entry, criteria, kept } = props;
  const values = kept.map((k) => k?.mark.value ?? null);
  const complete = values.every((v) => v !== null);
  const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  if (entry.recusal) {
    const reason =
      entry.recusal.reason === SAME_ORGANIZATION
        ? t('panels.sameOrganization')
        : entry.recusal.reason;
    // Greyed in its place, not hidden: a missing contestant reads as the organizer's mistake.
    return (
      <article className="entry recused" data-entry={entry.no} id={`entry-${entry.id}`}>
        <header>
          <span className="order">{props.order}</span>
          <span className="no">{entry.no}</span>
          <span className="who">{entry.name}</span>
          <span className="chip recused-chip">{t('judgePage.recused')}</span>
        </header>
        {reason && <p className="muted">{t('judgePage.recusedWhy', { reason })}</p>}
      </article>
    );
  }
  return (
    <article
      className={['entry', entry.status !== 'competing' && 'inactive'].filter(Boolean).join(' ')}
      data-entry={entry.no}
      id={`entry-${entry.id}`}
    >
      <header>
        <span className="order">{props.order}</span>
        <span className="no">{entry.no}</span>
        <span className="who">
          {entry.name}
          {entry.title && <span className="title">{entry.title}</span>}
        </span>
        {entry.status === 'absent' && <span className="chip">{t('judgePage.absent')}</span>}
        {/* Only once every criterion is scored: a partial sum would read as a mark. */}
        {complete && (
          <span className="total">
            <span className="total-label">{t('judgePage.total')}</span> {formatPoints(total, 2)}
          </span>
        )}
      </header>
      <div className="marks">
        {criteria.map((c, i) => (
          <MarkField
            key={c.code}
            entryId={entry.id}
            entryNo={entry.no}
            criterion={c}
            saved={values[i] ?? null}
            unsent={kept[i] !== undefined && isUnsent(kept[i]!)}
            flagged={props.flagBlanks}
            onCommit={props.onCommit}
          />
        ))}
      </div>
    </article>
  );
}, sameCard);

/** Cards compare by their kept marks: the sheet's map of marks is new after every change. */
function sameCard(a: CardProps, b: CardProps): boolean {
  return (
    a.entry === b.entry &&
    a.order === b.order &&
    a.criteria === b.criteria &&
    a.flagBlanks === b.flagBlanks &&
    a.onCommit === b.onCommit &&
    a.kept.length === b.kept.length &&
    a.kept.every((k, i) => k === b.kept[i])
  );
}
