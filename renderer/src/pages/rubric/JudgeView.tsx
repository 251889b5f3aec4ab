import { formatPoints } from '../../../../shared/domain/points';
import { judgedTotal, type Track } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import { CriteriaGuide } from '../sheet/CriteriaGuide';

/**
 * The draft as a judge meets it: the guide above the score sheet, and the sheet's column heads
 * (criterion and maximum), read-only. Only judged segments reach the judge's sheet.
 */
export function JudgeView({ track }: { track: Track }) {
  const { t, pick } = useI18n();
  const criteria = track.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria);
  return (
    <section className="card judge-view" aria-labelledby="judge-view-title">
      <h2 id="judge-view-title">{t('rubric.judgeView')}</h2>
      <p className="muted small">{t('rubric.judgeViewIntro')}</p>
      {/* A table number no sheet uses: the guide follows no focus here. */}
      <CriteriaGuide table={-1} criteria={criteria} />
      <div className="judge-view-sheet">
        <table className="grid list scoring-sheet">
          <thead>
            <tr>
              <th className="num order">{t('sheetScreen.order')}</th>
              <th className="no">{t('roster.no')}</th>
              <th className="who">{t('results.name')}</th>
              {criteria.map((c) => (
                <th key={c.code} className="num crit">
                  <span className="crit-name">{pick(c.name)}</span>
                  <span className="max">/{formatPoints(c.max)}</span>
                </th>
              ))}
              <th className="num total">
                {t('sheetScreen.total')}
                <span className="max">/{formatPoints(judgedTotal(track))}</span>
              </th>
            </tr>
          </thead>
        </table>
      </div>
    </section>
  );
}
