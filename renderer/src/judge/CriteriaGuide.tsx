import { formatPoints } from '../../../shared/domain/points';
import type { Criterion } from '../../../shared/domain/rubric';
import { useJudgeI18n } from './judgeI18n';

/** The criteria of a panel, with what each means: open at first, folded away when known. */
export function CriteriaGuide({ criteria }: { criteria: Criterion[] }) {
  const { t, pick } = useJudgeI18n();
  return (
    <details className="criteria-guide" open>
      <summary>{criteria.map((c) => `${pick(c.name)} ${formatPoints(c.max)}`).join(' · ')}</summary>
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
