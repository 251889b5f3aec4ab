import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { PageTabs } from '../../components/PageTabs';
import { useI18n } from '../../i18n/I18nProvider';
import { type PrintKind, printKinds, routeHash } from '../../router';
import { AwardListPrint } from './AwardListPrint';
import { ResultsPrint } from './ResultsPrint';
import { RunningOrderPrint } from './RunningOrderPrint';
import { ScoreSheetsPrint } from './ScoreSheetsPrint';
import './PrintPage.css';

/**
 * A track's printouts to sign, each previewed as it will print: the running order for the host
 * and the wall, every judge's paper score sheet, the posted results (公示) and the award list.
 */
export function PrintPage({ code, kind }: { code: string; kind: PrintKind }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  return (
    <div className="print-page" data-kind={kind}>
      <div className="page-header no-print">
        <div>
          <h1>{t('print.title', { track: pick(track.name) })}</h1>
          <p className="muted small">{t('print.hint')}</p>
        </div>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <PageTabs
        label={t('print.kinds')}
        current={kind}
        tabs={printKinds.map((k) => ({
          key: k,
          href: routeHash({ page: 'print', track: code, kind: k }),
          label: t(`print.kind.${k}`),
        }))}
      />
      {kind === 'order' && <RunningOrderPrint track={track} />}
      {kind === 'sheets' && <ScoreSheetsPrint track={track} />}
      {kind === 'results' && <ResultsPrint track={track} />}
      {kind === 'awards' && <AwardListPrint track={track} />}
    </div>
  );
}
