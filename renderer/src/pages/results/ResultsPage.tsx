import { useCallback, useEffect, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { PostedResultsView } from '../../../../shared/api/signedResults';
import { awardsProvisional } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { base64ToBytes, downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { marksOf, useLiveReload } from '../../live/useLiveEvents';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import { PointsImportLinks } from '../import/PointsImportLinks';
import { ResultsPrint } from '../print/ResultsPrint';
import { LockPanel } from './LockPanel';
import { ResultsTable } from './ResultsTable';
import './ResultsPage.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ranked, awarded and explained results of one track, with what the head judge records. */
export function ResultsPage({ code }: { code: string }) {
  const { t, pick, language } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [view, setView] = useState<TrackResultsView | null>(null);
  const [posted, setPosted] = useState<PostedResultsView | null>(null);
  const { errors, run } = useCall();

  const load = useCallback(async () => {
    await run(async () => {
      const next = await call('results.get', { track: code });
      // The posted list and its code exist once a version is locked.
      setPosted(next.lock ? await call('signedResults.get', { track: code }) : null);
      setView(next);
    });
  }, [code, run]);
  useEffect(() => {
    load();
  }, [load]);
  // Marks from the hall network move the results: read again as they arrive.
  useLiveReload(load, marksOf(code));

  // This track, or (no track) one workbook of every track that has entries.
  const exportExcel = (track: string | undefined) =>
    run(async () => {
      const file = await call('results.exportWorkbook', { track, language });
      downloadFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
    });

  const exportSigned = () =>
    run(async () => {
      const file = await call('signedResults.export', { track: code });
      downloadFile(file.fileName, file.content, 'application/json');
    });

  // Printed with a code only while the results still are the locked version.
  const signed = posted?.current ? posted : null;
  // Marks still to come can move any award: until then, or until a lock covers them, 暂定.
  const provisional = view !== null && awardsProvisional(view.blockers, view.lock);
  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  return (
    <div className="results">
      {/* Ctrl+P here prints what 打印 → 成绩公示 prints, read afresh whenever the results move. */}
      {view && (
        <div className="print-only">
          <ResultsPrint
            key={`${view.inputHash}:${view.lock?.version ?? 0}:${signed?.code ?? ''}`}
            track={track}
          />
        </div>
      )}
      <div className="page-header no-print">
        <div>
          <h1>{t('results.title', { track: pick(track.name) })}</h1>
          {view && (
            <p className="muted small">
              {t('results.inputHash', { hash: view.inputHash.slice(0, 16) })}
            </p>
          )}
          {signed && (
            <p className="verification-code on-screen">
              {t('signedResults.code', { code: signed.code })}
            </p>
          )}
        </div>
        <div className="actions">
          <PointsImportLinks track={track} />
          <button type="button" onClick={() => exportExcel(code)}>
            {t('results.exportExcel')}
          </button>
          <button
            type="button"
            onClick={() => exportExcel(undefined)}
            title={t('exportPrint.exportAllHint')}
          >
            {t('exportPrint.exportAll')}
          </button>
          {view?.lock && (
            <button type="button" onClick={exportSigned}>
              {t('signedResults.export')}
            </button>
          )}
          <a className="button" href={routeHash({ page: 'print', track: code, kind: 'results' })}>
            {t('print.printResults')}
          </a>
          <a className="button" href={routeHash({ page: 'print', track: code, kind: 'awards' })}>
            {t('print.printAwards')}
          </a>
        </div>
      </div>
      <div className="no-print">
        <ErrorList errors={errors} />
        {view && <LockPanel track={code} rubric={track} view={view} onChange={load} />}
        {provisional && (
          <p className="provisional-note" role="status">
            <span className="provisional-mark">{t('results.provisional')}</span>{' '}
            {t('results.provisionalNote')}
          </p>
        )}
        {view && view.results.entries.length === 0 && (
          <p className="muted">{t('results.noEntries')}</p>
        )}
        {view &&
          track.groups.map((group) => {
            const entries = view.results.entries.filter((e) => e.group === group.code);
            if (entries.length === 0) return null;
            const ranked = view.results.groups.find((g) => g.code === group.code)?.ranked ?? 0;
            return (
              <section key={group.code} className="result-group" data-group={group.code}>
                {track.groups.length > 1 && (
                  <h2>{t('results.group', { group: pick(group.name), count: ranked })}</h2>
                )}
                <ResultsTable
                  track={track}
                  view={view}
                  entries={entries}
                  provisional={provisional}
                  onChange={load}
                />
              </section>
            );
          })}
      </div>
    </div>
  );
}
