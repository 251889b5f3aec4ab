import type { ReactNode } from 'react';
import type { Competition } from '../../../shared/domain/competition';
import { call } from '../api/client';
import { useCompetition } from '../CompetitionContext';
import { useI18n } from '../i18n/I18nProvider';
import { navigate, type Route, routeHash } from '../router';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every competition screen: title bar, the tracks on the left, the page. */
export function Layout(props: { competition: Competition; route: Route; children: ReactNode }) {
  const { t, pick } = useI18n();
  const { current, setCurrent } = useCompetition();
  const { competition, route } = props;

  const close = async () => {
    await call('competitions.close', {});
    setCurrent(null);
    navigate({ page: 'home' });
  };

  const link = (target: Route, label: string) => {
    const active = routeHash(target) === routeHash(route);
    return (
      <a
        href={routeHash(target)}
        className={active ? 'active' : undefined}
        aria-current={active ? 'page' : undefined}
      >
        {label}
      </a>
    );
  };

  return (
    <div className="shell">
      <header className="titlebar">
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="competition-name">{competition.name}</span>
        <span className="spacer" />
        <button type="button" className="quiet" onClick={close}>
          {t('nav.closeCompetition')}
        </button>
        <LanguageSwitch />
      </header>
      <nav className="sidebar" aria-label={t('nav.tracks')}>
        {link({ page: 'competition' }, t('nav.overview'))}
        <h2>{t('nav.tracks')}</h2>
        {competition.tracks.map((track) => (
          <div className="nav-track" key={track.code}>
            <span className="nav-track-name">{pick(track.name)}</span>
            {link({ page: 'rubric', track: track.code }, t('nav.rubric'))}
            {link({ page: 'roster', track: track.code }, t('nav.roster'))}
            {link({ page: 'panel', track: track.code }, t('panels.nav'))}
            {link({ page: 'entry', track: track.code, part: 'quiz' }, t('entryGrid.nav'))}
            {link({ page: 'results', track: track.code }, t('results.nav'))}
            {link({ page: 'onStage', track: track.code }, t('onStage.nav'))}
            {link(
              {
                page: 'print',
                track: track.code,
                // The printout on show stays chosen: the link reads as active on each of them.
                kind: route.page === 'print' && route.track === track.code ? route.kind : 'order',
              },
              t('print.nav'),
            )}
          </div>
        ))}
        <h2>{t('nav.people')}</h2>
        {link({ page: 'judges' }, t('nav.judges'))}
        {link({ page: 'panelList' }, t('panelList.title'))}
        {link({ page: 'merge' }, t('mergeScreen.nav'))}
        {link({ page: 'hall' }, t('hallScreen.nav'))}
        {link({ page: 'ceremony', kind: 'script' }, t('ceremony.nav'))}
        {link({ page: 'backups' }, t('backup.nav'))}
      </nav>
      <main className="page">
        {current?.readOnly && (
          <p className="read-only-notice" role="status">
            {t('store.openedReadOnly')}
          </p>
        )}
        {props.children}
      </main>
    </div>
  );
}
