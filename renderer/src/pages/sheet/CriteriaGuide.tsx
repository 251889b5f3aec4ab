import { memo, useEffect, useState } from 'react';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import './CriteriaGuide.css';

/**
 * What each criterion rewards, on the screen rather than in a tooltip (a judge scoring on a
 * tablet has no hover); the criterion of the cell being typed in stands out. Folds away.
 */
export const CriteriaGuide = memo(function CriteriaGuide(props: {
  table: number;
  criteria: Criterion[];
}) {
  const { t, pick } = useI18n();
  const [current, setCurrent] = useState<number | null>(null);

  // Only this list follows the focus: the table's rows are left alone.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const cell = (event.target as HTMLElement | null)?.dataset?.cell;
      if (!cell?.startsWith(`${props.table}:`)) return;
      setCurrent(Number(cell.split(':')[2]));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [props.table]);

  return (
    <details className="criteria-guide" open>
      <summary>{t('sheetScreen.guide')}</summary>
      <ol>
        {props.criteria.map((c, col) => (
          <li key={c.code} className={col === current ? 'current' : undefined}>
            <strong>
              {pick(c.name)} <span className="max">/{formatPoints(c.max)}</span>
            </strong>{' '}
            <span className="description">{pick(c.description)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
});
