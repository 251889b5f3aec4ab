import type { TrackResultsView } from '../../../../shared/api/results';
import { formatPoints } from '../../../../shared/domain/points';
import type { Track } from '../../../../shared/domain/rubric';
import { bySeat, seatedName } from '../../../../shared/panel/seats';
import type { EntryResult } from '../../../../shared/scoring';
import { useI18n } from '../../i18n/I18nProvider';
import { MarksEditor } from './MarksEditor';

/** Why the entry has its final: every judge's total, what was dropped, and what was added. */
export function EntryDetails(props: {
  track: Track;
  view: TrackResultsView;
  result: EntryResult;
  onChange: () => void;
}) {
  const { t, pick, language } = useI18n();
  const { result, track } = props;
  const seats = new Map(props.view.judges.map((judge) => [judge.id, judge.seat]));
  const tieStep = result.tieBreak?.step;
  const tieName = () => {
    if (!tieStep || tieStep.kind === 'untrimmedMean') return t('tieBreak.untrimmedMean');
    const source =
      tieStep.kind === 'criterion' ? track.segments.flatMap((s) => s.criteria) : track.segments;
    const named = source.find((x) => x.code === tieStep.code);
    return t(`tieBreak.${tieStep.kind}`, { name: named ? pick(named.name) : tieStep.code });
  };

  return (
    <div className="entry-details">
      <div>
        <h3>{t('results.judgeTotals')}</h3>
        <ul className="judge-totals">
          {bySeat(
            result.judges.map((line) => ({ ...line, seat: seats.get(line.judgeId) ?? null })),
          ).map((judge) => {
            const dropped = judge.status === 'droppedHigh' || judge.status === 'droppedLow';
            return (
              <li key={judge.judgeId} data-status={judge.status}>
                <span className="judge-name">{seatedName(judge, language)}</span>
                {judge.total === null ? (
                  <span className="muted">—</span>
                ) : dropped ? (
                  <s>{formatPoints(judge.total, 2)}</s>
                ) : (
                  <span>{formatPoints(judge.total, 2)}</span>
                )}
                <span className="muted small">{t(`judgeStatus.${judge.status}`)}</span>
              </li>
            );
          })}
        </ul>
        {result.rule && (
          <p>
            {t('results.ruleUsed', { rule: t(`rule.${result.rule}`), count: result.validJudges })}
          </p>
        )}
        {result.untrimmedMean && (
          <p>{t('results.untrimmedMean', { value: result.untrimmedMean.display })}</p>
        )}
        {result.unrounded && <p>{t('results.unrounded', { value: result.unrounded.display })}</p>}
        {result.tieBreak && <p>{t('results.tieBreakUsed', { rule: tieName() })}</p>}
      </div>
      <MarksEditor track={track} view={props.view} result={result} onChange={props.onChange} />
    </div>
  );
}
