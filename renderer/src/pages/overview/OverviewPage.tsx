import { useEffect, useState } from 'react';
import type { Judge } from '../../../../shared/domain/people';
import { formatPoints } from '../../../../shared/domain/points';
import { trackTotal } from '../../../../shared/domain/rubric';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate, routeHash } from '../../router';
import { useCall } from '../../useCall';
import { AddTrackForm } from './AddTrackForm';
import { InfoForm } from './InfoForm';
import { JudgeFilesSection } from './JudgeFilesSection';
import { StatusBoard } from './StatusBoard';
import './OverviewPage.css';

export function OverviewPage() {
  const { t, pick, language, list } = useI18n();
  const { current } = useCompetition();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [judges, setJudges] = useState<Judge[]>([]);
  const { errors, run } = useCall();
  const [editing, setEditing] = useState(false);
  const competition = current!.competition;

  useEffect(() => {
    run(async () => {
      const pairs = await Promise.all(
        competition.tracks.map(
          async (track) =>
            [track.code, (await call('entries.list', { track: track.code })).length] as const,
        ),
      );
      setCounts(Object.fromEntries(pairs));
      setJudges(await call('judges.list', {}));
    });
  }, [run, competition]);

  const details = [
    competition.edition,
    competition.venue,
    [competition.startDate, competition.endDate].filter(Boolean).join(' – '),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="overview">
      <div className="page-header">
        <div>
          <h1>{competition.name}</h1>
          {details && <p className="muted">{details}</p>}
          <p className="muted small">{t('overview.file', { path: current!.path })}</p>
        </div>
        <button type="button" onClick={() => setEditing(!editing)}>
          {t('overview.editInfo')}
        </button>
      </div>
      {editing && <InfoForm onDone={() => setEditing(false)} />}
      <ErrorList errors={errors} />
      {competition.tracks.length > 0 && <StatusBoard />}
      <h2>{t('nav.tracks')}</h2>
      {competition.tracks.length === 0 && <p className="muted">{t('overview.noTracks')}</p>}
      <div className="track-cards">
        {competition.tracks.map((track) => {
          const panel = judges.filter((j) => j.tracks.includes(track.code)).length;
          return (
            <article className="card track-card" key={track.code} data-track={track.code}>
              <h3>
                {pick(track.name)}
                <span className="muted small">
                  {' '}
                  {language === 'zh-CN' ? track.name.en : track.name.zh}
                </span>
              </h3>
              <p className="facts">
                <span>{t(`entryKind.${track.entryKind}`)}</span>
                <span>{t('overview.fullMarks', { total: formatPoints(trackTotal(track)) })}</span>
                <span>
                  {t('overview.timeLimit', {
                    minutes: Math.round(track.timeLimitSeconds / 6) / 10,
                  })}
                </span>
                <span>{t('overview.entries', { count: counts[track.code] ?? '…' })}</span>
                <span>{t('overview.judges', { count: panel })}</span>
              </p>
              <p className="small">
                {t('overview.groups', {
                  groups: list(track.groups.map((g) => pick(g.name))),
                })}
              </p>
              {track.aliases.length > 0 && (
                <p className="small muted">
                  {t('overview.aliases', { aliases: list(track.aliases) })}
                </p>
              )}
              <div className="actions">
                <a className="button" href={routeHash({ page: 'rubric', track: track.code })}>
                  {t('nav.rubric')}
                </a>
                <button
                  type="button"
                  className="primary"
                  onClick={() => navigate({ page: 'roster', track: track.code })}
                >
                  {t('nav.roster')}
                </button>
              </div>
            </article>
          );
        })}
      </div>
      <JudgeFilesSection />
      <AddTrackForm />
    </div>
  );
}
