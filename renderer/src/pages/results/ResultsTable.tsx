import { Fragment, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import { formatPoints } from '../../../../shared/domain/points';
import type { Track } from '../../../../shared/domain/rubric';
import type { EntryResult } from '../../../../shared/scoring';
import { useI18n } from '../../i18n/I18nProvider';
import { EntryDetails } from './EntryDetails';

export function ResultsTable(props: {
  track: Track;
  view: TrackResultsView;
  entries: EntryResult[];
  /** Awards can still move (results incomplete, not locked): each is marked 暂定. */
  provisional: boolean;
  onChange: () => void;
}) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const { view, track } = props;
  const hasObjective = track.segments.some((s) => s.kind === 'objective');
  const columns = hasObjective ? 11 : 10;

  return (
    <table className="grid list results-table">
      <thead>
        <tr>
          <th className="num">{t('results.rank')}</th>
          <th>{t('results.no')}</th>
          <th>{t('results.name')}</th>
          <th>{t('results.organization')}</th>
          <th>{t('results.region')}</th>
          <th className="num">{t('results.panel')}</th>
          {hasObjective && <th className="num">{t('results.objective')}</th>}
          <th className="num">{t('results.penalties')}</th>
          <th className="num">{t('results.final')}</th>
          <th>{t('results.award')}</th>
          <th className="no-print">{t('results.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((result) => {
          const entry = view.entries.find((e) => e.id === result.entryId);
          const singles = view.singleAwards.filter((a) => a.entryId === result.entryId);
          const expanded = open === result.entryId;
          return (
            <Fragment key={result.entryId}>
              <tr data-entry={result.no} className={result.rank === null ? 'inactive' : undefined}>
                <td className="num rank">{result.rank ?? '—'}</td>
                <td>{result.no}</td>
                <td>{result.name}</td>
                <td>{entry?.organization}</td>
                <td>{entry?.region}</td>
                <td className="num">
                  {result.panel ? shortExact(result.panel.display, track.decimals) : ''}
                </td>
                {hasObjective && <td className="num">{formatPoints(result.objective.sum)}</td>}
                <td className="num">
                  {result.penalties.sum > 0 ? `−${formatPoints(result.penalties.sum)}` : ''}
                </td>
                <td className="num final">{result.final ?? ''}</td>
                <td className="award">
                  {result.award ? pick(result.award.name) : ''}
                  {result.award && props.provisional && (
                    <span className="provisional-mark">{t('results.provisional')}</span>
                  )}
                  {singles.map((a) => (
                    <span key={a.id} className="chip">
                      {a.name}
                    </span>
                  ))}
                </td>
                <td className="no-print flags">
                  {result.flags.map((flag) => (
                    <span key={flag} className={`flag flag-${flag}`} title={t(`flag.${flag}`)}>
                      {t(`flag.${flag}`)}
                    </span>
                  ))}
                  <button
                    type="button"
                    className="quiet"
                    aria-expanded={expanded}
                    onClick={() => setOpen(expanded ? null : result.entryId)}
                  >
                    {t('results.explain')}
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr className="details-row no-print">
                  <td colSpan={columns}>
                    <EntryDetails
                      track={track}
                      view={view}
                      result={result}
                      onChange={props.onChange}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

/** 92.6000 → 92.60: the exact figure without trailing zeros past the track's decimals. */
function shortExact(display: string, decimals: number): string {
  const [whole, fraction = ''] = display.split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(decimals, '0');
  return kept ? `${whole}.${kept}` : whole!;
}
