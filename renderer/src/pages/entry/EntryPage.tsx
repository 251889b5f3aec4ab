import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { PageTabs } from '../../components/PageTabs';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { DoubleEntry } from './DoubleEntry';
import { QuizGrid } from './QuizGrid';
import './EntryPage.css';

/** The scorekeeper's typing: quiz points and deductions, and the paper sheets, twice. */
export function EntryPage({ code, part }: { code: string; part: 'quiz' | 'paper' }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  return (
    <div className="entry-page">
      <div className="page-header">
        <h1>{t('entryGrid.title', { track: pick(track.name) })}</h1>
      </div>
      <PageTabs
        label={t('entryGrid.title', { track: pick(track.name) })}
        current={part}
        tabs={(['quiz', 'paper'] as const).map((to) => ({
          key: to,
          href: routeHash({ page: 'entry', track: code, part: to }),
          label: t(to === 'quiz' ? 'entryGrid.tabQuiz' : 'entryGrid.tabPaper'),
        }))}
      />
      {part === 'quiz' ? <QuizGrid track={track} /> : <DoubleEntry track={track} />}
    </div>
  );
}
