import { Fragment, useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { NextStep } from '../../../../shared/domain/trackStatus';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { marksOf, useLiveReload } from '../../live/useLiveEvents';
import { type Route, routeHash } from '../../router';
import { useCall } from '../../useCall';

/** Nothing to count here (not a zero): the same dash in every language. */
const NONE = '—';

import { VersionHistory } from './VersionHistory';
import './StatusBoard.css';

type Status = CallOutput<'status.board'>[number];

/** Where the next step of a track is done. */
function stepRoute(step: NextStep, track: string): Route {
  switch (step) {
    case 'roster':
      return { page: 'roster', track };
    case 'panel':
      return { page: 'judges' };
    case 'draw':
    case 'judgeFiles':
      return { page: 'panel', track };
    case 'marks':
    case 'conflicts':
      return { page: 'merge' };
    default:
      return { page: 'results', track };
  }
}

/**
 * The head table's view of the day: for each track, how far each stage has come, and the next
 * step as a link. Counts read n/m so that what is missing shows without a second look.
 */
export function StatusBoard() {
  const { t, pick, language } = useI18n();
  const { current } = useCompetition();
  const [rows, setRows] = useState<Status[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const { errors, run } = useCall();
  const load = useCallback(() => run(async () => setRows(await call('status.board', {}))), [run]);
  useEffect(() => {
    load();
  }, [load]);
  useLiveReload(load, marksOf());

  const trackName = (code: string) => {
    const track = current!.competition.tracks.find((x) => x.code === code);
    return track ? pick(track.name) : code;
  };
  const of = (done: number, all: number) => (all === 0 ? NONE : `${done}/${all}`);
  const columns = 12;

  return (
    <section className="status-board" aria-labelledby="status-board-title">
      <h2 id="status-board-title">{t('status.title')}</h2>
      <ErrorList errors={errors} />
      <div className="status-scroll">
        <table className="grid list status-table">
          <thead>
            <tr>
              <th>{t('status.track')}</th>
              <th className="num">{t('status.entries')}</th>
              <th className="num">{t('status.judges')}</th>
              <th>{t('status.draw')}</th>
              <th>{t('status.judgeFiles')}</th>
              <th>{t('status.marks')}</th>
              <th className="num">{t('status.paperSheets')}</th>
              <th className="num">{t('status.conflicts')}</th>
              <th>{t('status.quiz')}</th>
              <th className="num">{t('status.deductions')}</th>
              <th>{t('status.version')}</th>
              <th>{t('status.next')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.code}>
                <tr
                  data-board-track={row.code}
                  className={row.next === 'done' ? 'done' : undefined}
                >
                  <th scope="row">{trackName(row.code)}</th>
                  <td className="num">{row.entries}</td>
                  <td className="num">{row.judges}</td>
                  <td className={row.entries === 0 ? undefined : row.drawn ? 'ok' : 'todo'}>
                    {row.entries === 0 ? NONE : t(row.drawn ? 'status.drawn' : 'status.notDrawn')}
                  </td>
                  <td className={row.judgeFiles.stale > 0 ? 'todo' : undefined}>
                    {of(row.judgeFiles.issued, row.judgeFiles.panel)}
                    {row.judgeFiles.stale > 0 && (
                      <div className="small">
                        {t('status.staleFiles', { count: row.judgeFiles.stale })}
                      </div>
                    )}
                  </td>
                  <td
                    className={
                      row.marks.panel === 0
                        ? undefined
                        : row.marks.complete < row.marks.panel
                          ? 'todo'
                          : 'ok'
                    }
                  >
                    {of(row.marks.complete, row.marks.panel)}
                    {row.marks.partial > 0 && (
                      <div className="small">
                        {t('status.partial', { count: row.marks.partial })}
                      </div>
                    )}
                  </td>
                  <td className="num">{row.paperSheets || NONE}</td>
                  <td className={`num${row.conflicts > 0 ? ' alarm' : ''}`}>
                    {row.conflicts || NONE}
                  </td>
                  <td className={row.quiz.entered < row.quiz.needed ? 'todo' : undefined}>
                    {of(row.quiz.entered, row.quiz.needed)}
                  </td>
                  <td className="num">{row.deductions || NONE}</td>
                  <td className={row.lock && !row.lock.current ? 'todo' : undefined}>
                    {row.lock ? (
                      <>
                        {t('status.lockedVersion', { version: row.lock.version })}
                        <div className="small muted">
                          {new Date(row.lock.lockedAt).toLocaleString(language)} ·{' '}
                          {row.lock.lockedBy}
                        </div>
                        {!row.lock.current && (
                          <div className="small">{t('status.changedSince')}</div>
                        )}
                      </>
                    ) : (
                      t('status.notLocked')
                    )}
                    <div>
                      <button
                        type="button"
                        className="quiet small"
                        aria-expanded={open === row.code}
                        onClick={() => setOpen(open === row.code ? null : row.code)}
                      >
                        {t(open === row.code ? 'status.hideHistory' : 'status.history')}
                      </button>
                    </div>
                  </td>
                  <td>
                    <a
                      className={`button small${row.next === 'done' ? '' : ' primary'}`}
                      href={routeHash(stepRoute(row.next, row.code))}
                    >
                      {t(`status.next.${row.next}`)}
                    </a>
                  </td>
                </tr>
                {open === row.code && (
                  <tr className="status-history">
                    <td colSpan={columns}>
                      <VersionHistory track={row.code} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
