import type { PostedRow, ResultsFile } from '../../../../shared/formats/resultsFile';
import type { PostedMark } from '../../../../shared/print/postedMarks';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The rows of a posted list (公示), group by group: the locked version's rows as signed, or a
 * draft's. With `marks`, each judge's total by seat comes before the panel score, a dropped mark
 * in brackets. A draft whose awards can still move marks each award 暂定, as the screen does.
 */
export function PostedTable(props: {
  groups: ResultsFile['groups'];
  marks?: { seats: string[]; of: (row: PostedRow) => PostedMark[] };
  provisional?: boolean;
}) {
  const { t, pick } = useI18n();
  const { groups, marks } = props;
  const hasObjective = groups.some((group) => group.rows.some((row) => row.objective !== null));
  const markText = (mark: PostedMark) =>
    mark.kind === 'recused'
      ? t('print.recusedMark')
      : mark.kind === 'none'
        ? '—'
        : mark.dropped
          ? `(${mark.text})`
          : mark.text;
  return (
    <>
      {groups.map((group) => (
        <div key={group.code} className="result-group">
          {groups.length > 1 && <h2>{pick(group.name)}</h2>}
          <table className="grid list results-table">
            <thead>
              <tr>
                <th className="num">{t('results.rank')}</th>
                <th>{t('results.no')}</th>
                <th>{t('results.name')}</th>
                <th>{t('results.organization')}</th>
                <th>{t('results.region')}</th>
                {marks?.seats.map((seat) => (
                  <th key={seat} className="num mark">
                    {seat}
                  </th>
                ))}
                <th className="num">{t('results.panel')}</th>
                {hasObjective && <th className="num">{t('results.objective')}</th>}
                <th className="num">{t('results.penalties')}</th>
                <th className="num">{t('results.final')}</th>
                <th>{t('results.award')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.no} data-posted={row.no}>
                  <td className="num rank">{row.rank ?? '—'}</td>
                  <td>{row.no}</td>
                  <td>{row.name}</td>
                  <td>{row.organization}</td>
                  <td>{row.region}</td>
                  {marks?.of(row).map((mark, i) => (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per seat, in seat order
                      key={i}
                      className={`num mark${mark.kind === 'mark' && mark.dropped ? ' dropped' : ''}`}
                    >
                      {markText(mark)}
                    </td>
                  ))}
                  <td className="num">{row.panel ?? ''}</td>
                  {hasObjective && <td className="num">{row.objective ?? ''}</td>}
                  <td className="num">{row.penalties ? `−${row.penalties}` : ''}</td>
                  <td className="num final">{row.final ?? ''}</td>
                  <td>
                    {row.award ? pick(row.award.name) : ''}
                    {row.award && props.provisional && (
                      <span className="provisional-mark">{t('results.provisional')}</span>
                    )}
                    {row.singleAwards.map((name) => ` · ${name}`).join('')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
