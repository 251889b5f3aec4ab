import { formatPoints } from '../../../shared/domain/points';
import type { Criterion } from '../../../shared/domain/rubric';
import { useJudgeI18n } from './judgeI18n';

/** The criteria of a panel, with their maxima, steps and what each means. */
export function CriteriaGuide({ criteria }: { criteria: Criterion[] }) {
  const { t, pick } = useJudgeI18n();
  return (
    // Open on a tablet or laptop; on a phone one tap away, so the first contestant is in view.
    <details className="criteria-guide" open={window.innerWidth >= 700}>
      <summary>{t('judgePage.criteriaGuide', { count: criteria.length })}</summary>
      <dl>
        {criteria.map((c) => (
          <div key={c.code}>
            <dt>
              {pick(c.name)}{' '}
              <span className="muted">
                {t('judgePage.max', { max: formatPoints(c.max) })} ·{' '}
                {t('judgePage.step', { step: formatPoints(c.step) })}
              </span>
            </dt>
            {pick(c.description) && <dd>{pick(c.description)}</dd>}
          </div>
        ))}
      </dl>
    </details>
  );
}
