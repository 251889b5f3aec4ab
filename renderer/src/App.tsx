import { useCompetition } from './CompetitionContext';
import { Layout } from './components/Layout';
import { useI18n } from './i18n/I18nProvider';
import { BackupsPage } from './pages/backups/BackupsPage';
import { CeremonyPage } from './pages/ceremony/CeremonyPage';
import { ConsistencyPage } from './pages/consistency/ConsistencyPage';
import { EntryPage } from './pages/entry/EntryPage';
import { HallPage } from './pages/hall/HallPage';
import { HomePage } from './pages/home/HomePage';
import { ImportPage } from './pages/import/ImportPage';
import { PointsImportPage } from './pages/import/PointsImportPage';
import { JudgesPage } from './pages/judges/JudgesPage';
import { MergePage } from './pages/merge/MergePage';
import { OnStagePage } from './pages/onStage/OnStagePage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { PanelPage } from './pages/panel/PanelPage';
import { PanelListPage } from './pages/panelList/PanelListPage';
import { PrintPage } from './pages/print/PrintPage';
import { ResultsPage } from './pages/results/ResultsPage';
import { RosterPage } from './pages/roster/RosterPage';
import { RubricPage } from './pages/rubric/RubricPage';
import { SheetPage } from './pages/sheet/SheetPage';
import { useRoute } from './router';

export function App() {
  const route = useRoute();
  const { current } = useCompetition();
  const { t } = useI18n();

  if (current === undefined) return <p className="loading">{t('loading')}</p>;
  if (current === null) return <HomePage />;
  // A judge's copy shows the judge's own sheet and nothing else, whatever the address says: a
  // judge's laptop restarted in judge mode opens on '#/' and must land on the sheet.
  if (current.role === 'judge') return <SheetPage />;
  // Every screen but home needs an open competition; without one, home is where to go.
  if (route.page === 'home') return <HomePage />;
  return (
    <Layout competition={current.competition} route={route}>
      {route.page === 'competition' && <OverviewPage />}
      {route.page === 'rubric' && <RubricPage key={route.track} code={route.track} />}
      {route.page === 'roster' && <RosterPage key={route.track} code={route.track} />}
      {route.page === 'results' && <ResultsPage key={route.track} code={route.track} />}
      {route.page === 'panel' && <PanelPage key={route.track} code={route.track} />}
      {route.page === 'entry' && (
        <EntryPage key={`${route.track}/${route.part}`} code={route.track} part={route.part} />
      )}
      {route.page === 'print' && (
        <PrintPage key={route.track} code={route.track} kind={route.kind} />
      )}
      {route.page === 'merge' && <MergePage />}
      {route.page === 'hall' && <HallPage />}
      {route.page === 'backups' && <BackupsPage />}
      {route.page === 'judges' && <JudgesPage />}
      {route.page === 'panelList' && <PanelListPage />}
      {route.page === 'pointsImport' && (
        <PointsImportPage
          key={`${route.kind}/${route.track}`}
          kind={route.kind}
          track={route.track}
        />
      )}
      {route.page === 'consistency' && <ConsistencyPage key={route.track} code={route.track} />}
      {route.page === 'onStage' && <OnStagePage key={route.track} code={route.track} />}
      {route.page === 'ceremony' && <CeremonyPage kind={route.kind} />}
      {route.page === 'import' && (
        <ImportPage
          key={`${route.kind}/${route.track ?? ''}`}
          kind={route.kind}
          track={route.track}
        />
      )}
    </Layout>
  );
}
