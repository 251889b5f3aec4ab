import { useCallback, useEffect, useState } from 'react';
import type { PanelView } from '../../../../shared/api/seating';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import './PanelListPage.css';
import { useCall } from '../../useCall';

/**
 * The printable panel list (评委名单): per track, the head judge, the judges by seat and the
 * supervisors, with organization, region and phone, and a column to sign. One track a page.
 */
export function PanelListPage() {
  const { t, pick, language } = useI18n();
  const { current } = useCompetition();
  const competition = current!.competition;
  const [panels, setPanels] = useState<PanelView[]>([]);
  const { errors, run } = useCall();
  const [printedAt] = useState(() => new Date());

  const load = useCallback(() => run(async () => setPanels(await call('panel.list', {}))), [run]);
  useEffect(() => {
    load();
  }, [load]);

  const trackName = (code: string) => {
    const track = competition.tracks.find((x) => x.code === code);
    return track ? pick(track.name) : code;
  };
  return (
    <div className="panel-list">
      <div className="page-header no-print">
        <h1>{t('panelList.title')}</h1>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('panelList.print')}
        </button>
      </div>
      <ErrorList errors={errors} />
      {panels.map((panel) => {
        type Row = PanelView['members'][number] & { role: string };
        const head = panel.headJudge;
        const rows: Row[] = [
          ...(head && !head.scores ? [{ ...head, role: t('seating.headJudge') }] : []),
          ...panel.members.map((m) => ({
            ...m,
            role:
              head?.judgeId === m.judgeId
                ? t('panelList.roleHeadScoring')
                : t('panelList.roleJudge'),
          })),
          ...panel.supervisors.map((s) => ({ ...s, role: t('seating.supervisors') })),
        ];
        return (
          <section
            key={panel.track}
            // A track nobody sits on yet is said on screen, not printed as an empty page.
            className={rows.length === 0 ? 'panel-list-track no-print' : 'panel-list-track'}
            data-track={panel.track}
          >
            <header>
              <h2 className="list-heading">
                {t('panelList.heading', { competition: competition.name })}
              </h2>
              <p className="list-track">
                {[competition.edition, t('panelList.track', { track: trackName(panel.track) })]
                  .filter(Boolean)
                  .join('　')}
              </p>
            </header>
            {rows.length === 0 ? (
              <p className="muted">{t('panelList.empty')}</p>
            ) : (
              <table className="panel-list-table">
                <thead>
                  <tr>
                    <th className="col-seat">{t('seating.seat')}</th>
                    <th className="col-role">{t('panelList.role')}</th>
                    <th className="col-name">{t('judges.name')}</th>
                    <th className="col-org">{t('judges.organization')}</th>
                    <th className="col-region">{t('panelList.region')}</th>
                    <th className="col-phone">{t('judges.phone')}</th>
                    <th className="col-sign">{t('panelList.signature')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.role}:${row.judgeId}`}>
                      <td className="col-seat">
                        {row.seat === null ? '' : t('seat.label', { seat: row.seat })}
                      </td>
                      <td className="col-role">{row.role}</td>
                      <td className="col-name">{row.name}</td>
                      <td className="col-org">{row.organization}</td>
                      <td className="col-region">{row.region}</td>
                      <td className="col-phone">{row.phone}</td>
                      <td className="col-sign" />
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="printed-at muted small">
              {t('panelList.printedAt', { at: printedAt.toLocaleString(language) })}
            </p>
          </section>
        );
      })}
    </div>
  );
}
