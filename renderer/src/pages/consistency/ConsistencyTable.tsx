import type { ConsistencyView } from '../../../../shared/api/stage';
import type { DifferenceSummary } from '../../../../shared/consistency/judgeConsistency';
import { useI18n } from '../../i18n/I18nProvider';
import { points, signedPoints } from './figures';

/** One row per judge of the panel, by seat: the figures the notes below explain. */
export function ConsistencyTable({ view }: { view: ConsistencyView }) {
  const { t, list } = useI18n();
  const threshold = points(view.threshold);
  const region = (part: DifferenceSummary | undefined) =>
    !part || part.entries === 0
      ? '—'
      : t('consistency.regionCell', { value: signedPoints(part.mean), count: part.entries });
  return (
    <table className="list consistency-table">
      <thead>
        <tr>
          <th>{t('consistency.seat')}</th>
          <th>{t('consistency.judge')}</th>
          <th>{t('consistency.region')}</th>
          <th className="num">{t('consistency.scored')}</th>
          <th className="num">{t('consistency.meanTotal')}</th>
          <th className="num">{t('consistency.othersMean')}</th>
          <th className="num">{t('consistency.difference')}</th>
          <th className="num">{t('consistency.spread')}</th>
          <th className="num">{t('consistency.droppedHigh')}</th>
          <th className="num">{t('consistency.droppedLow')}</th>
          <th>{t('consistency.deviations', { threshold })}</th>
          <th className="num">{t('consistency.ownRegion')}</th>
          <th className="num">{t('consistency.otherRegion')}</th>
        </tr>
      </thead>
      <tbody>
        {view.judges.map((judge) => (
          <tr key={judge.judgeId} data-judge={judge.name}>
            <td className="nowrap">
              {judge.seat === null ? '—' : t('seat.label', { seat: judge.seat })}
            </td>
            <td className="nowrap">{judge.name}</td>
            <td className="nowrap">
              {judge.region || <span className="muted">{t('consistency.noRegion')}</span>}
            </td>
            <td className="num">{judge.scored}</td>
            <td className="num">{points(judge.meanTotal)}</td>
            <td className="num">{points(judge.othersMeanTotal)}</td>
            <td className="num" data-cell="difference">
              {signedPoints(judge.difference.mean)}
            </td>
            <td className="num">{points(judge.difference.spread)}</td>
            <td className="num" data-cell="droppedHigh">
              {t('consistency.times', { count: judge.dropped.high })}
            </td>
            <td className="num" data-cell="droppedLow">
              {t('consistency.times', { count: judge.dropped.low })}
            </td>
            <td data-cell="deviations">
              {judge.deviations.length === 0
                ? t('consistency.none')
                : list(
                    judge.deviations.map((d) =>
                      t('consistency.deviationItem', {
                        no: d.no,
                        difference: signedPoints(d.difference),
                      }),
                    ),
                  )}
            </td>
            <td className="num">{region(judge.byRegion?.own)}</td>
            <td className="num">{region(judge.byRegion?.other)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
