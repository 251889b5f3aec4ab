import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
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
  const tab = (to: 'quiz' | 'paper', label: string) => (
    <a
      href={routeHash({ page: 'entry', track: code, part: to })}
      className={part === to ? 'tab active' : 'tab'}
      aria-current={part === to ? 'page' : undefined}
    >
      {label}
    </a>
  );
  return (
    <div className="entry-page">
      <div className="page-header">
        <h1>{t('entryGrid.title', { track: pick(track.name) })}</h1>
      </div>
      <nav className="entry-tabs">
        {tab('quiz', t('entryGrid.tabQuiz'))}
        {tab('paper', t('entryGrid.tabPaper'))}
      </nav>
      {part === 'quiz' ? <QuizGrid track={track} /> : <DoubleEntry track={track} />}
    </div>
  );
}
