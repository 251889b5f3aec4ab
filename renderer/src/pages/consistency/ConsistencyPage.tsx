import { useCallback, useEffect, useState } from 'react';
import type { ConsistencyView } from '../../../../shared/api/stage';
import { DEFAULT_DEVIATION_PERCENT } from '../../../../shared/consistency/judgeConsistency';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { PAGE_MARKERS, reportPageRule, usePageRule } from '../../components/pageRule';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import { ConsistencyTable } from './ConsistencyTable';
import { points } from './figures';
import './ConsistencyPage.css';

/**
 * Judge consistency before locking, on screen and on paper (A4 landscape, the competition,
 * track and time at the top of every page, page n of N at the bottom). Worded as information:
 * what each figure is, and that it judges nobody.
 */
export function ConsistencyPage({ code }: { code: string }) {
  const { t, pick, language } = useI18n();
  const { current } = useCompetition();
  const competition = current!.competition;
  const track = competition.tracks.find((x) => x.code === code);
  const [percent, setPercent] = useState(DEFAULT_DEVIATION_PERCENT);
  const [view, setView] = useState<ConsistencyView | null>(null);
  const { errors, run } = useCall();
  const [printedAt] = useState(() => new Date());

  const load = useCallback(
    () =>
      run(async () =>
        setView(await call('consistency.get', { track: code, thresholdPercent: percent })),
      ),
    [code, percent, run],
  );
  useEffect(() => {
    load();
  }, [load]);

  const title = t('consistency.title', { track: track ? pick(track.name) : code });
  const at = printedAt.toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  usePageRule(
    reportPageRule({
      header: t('ceremony.pageHeader', { competition: competition.name, what: title, at }),
      pageNumber: t('ceremony.pageNumber', PAGE_MARKERS),
      landscape: true,
    }),
  );
  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  const lock = view?.lock;
  return (
    <div className="consistency">
      <div className="page-header no-print">
        <a href={routeHash({ page: 'results', track: code })}>{t('consistency.back')}</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('consistency.print')}
        </button>
      </div>
      <header className="consistency-head">
        <h1>{title}</h1>
        <p className="muted small">
          {competition.name}
          {competition.edition && ` · ${competition.edition}`} ·{' '}
          {lock
            ? lock.current
              ? t('consistency.lockState', { version: lock.version })
              : t('consistency.lockStale', { version: lock.version })
            : t('consistency.notLocked')}{' '}
          · {t('consistency.printedAt', { at: printedAt.toLocaleString(language) })}
        </p>
        <p className="consistency-intro">{t('consistency.intro')}</p>
      </header>
      <div className="no-print consistency-controls">
        <Field label={t('consistency.threshold')}>
          <input
            type="number"
            min={1}
            max={50}
            step={0.5}
            value={percent}
            onChange={(e) => {
              const next = Number(e.target.value);
              if (next >= 1 && next <= 50 && Number.isInteger(next * 2)) setPercent(next);
            }}
          />
        </Field>
        {view && (
          <span className="muted small">
            {t('consistency.thresholdValue', {
              percent: view.thresholdPercent,
              points: points(view.threshold),
              full: points(view.fullMarks),
            })}
          </span>
        )}
      </div>
      <ErrorList errors={errors} />
      {view && view.entriesCompared === 0 && <p className="muted">{t('consistency.noMarks')}</p>}
      {view && view.entriesCompared > 0 && <ConsistencyTable view={view} />}
      {view && (
        <section className="consistency-notes">
          <h2>{t('consistency.howToRead')}</h2>
          <ul>
            <li>{t('consistency.readDifference')}</li>
            <li>{t('consistency.readSpread')}</li>
            <li>
              {t('consistency.readDropped', {
                rule: t(`consistency.rule.${track.aggregation.method}`),
                count: view.droppedMarks,
              })}
            </li>
            <li>{t('consistency.readDeviation', { threshold: points(view.threshold) })}</li>
            <li>{t('consistency.readRegion')}</li>
          </ul>
        </section>
      )}
    </div>
  );
}
