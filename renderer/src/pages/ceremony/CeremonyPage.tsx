import { useCallback, useEffect, useRef, useState } from 'react';
import type { CeremonyScript, CeremonySettings } from '../../../../shared/api/stage';
import type { CeremonyOptions } from '../../../../shared/ceremony/awardsScript';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { PageTabs } from '../../components/PageTabs';
import { useI18n } from '../../i18n/I18nProvider';
import { type CeremonyKind, ceremonyKinds, routeHash } from '../../router';
import { useCall } from '../../useCall';
import { CeremonyOptionsForm } from './CeremonyOptionsForm';
import { CertificatesPanel } from './CertificatesPanel';
import { PresentersPrint } from './PresentersPrint';
import { ReportPaper } from './ReportPaper';
import { ScriptPrint } from './ScriptPrint';
import './CeremonyPage.css';

/**
 * The awards ceremony: one order (chosen here, kept per competition) read three ways — the
 * host's script, who comes on stage, and the certificates.
 */
export function CeremonyPage({ kind }: { kind: CeremonyKind }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const competition = current!.competition;
  const [settings, setSettings] = useState<CeremonySettings | null>(null);
  const [script, setScript] = useState<CeremonyScript | null>(null);
  /** The order on screen, ahead of the save: a second change builds on the first. */
  const [options, setOptions] = useState<CeremonyOptions | null>(null);
  /** Only the latest change's script is shown, whatever order the answers come back in. */
  const latest = useRef(0);
  const { errors, run } = useCall();

  const load = useCallback(
    () =>
      run(async () => {
        const next = await call('ceremony.settings', {});
        setSettings(next);
        setOptions(next.options);
        setScript(await call('ceremony.script', { options: next.options }));
      }),
    [run],
  );
  useEffect(() => {
    load();
  }, [load]);

  const changeOptions = (next: CeremonyOptions) => {
    setOptions(next);
    const mine = ++latest.current;
    return run(async () => {
      const saved = await call('ceremony.saveSettings', {
        options: next,
        layout: settings!.layout,
      });
      const nextScript = await call('ceremony.script', { options: next });
      if (mine !== latest.current) return;
      setSettings(saved);
      setScript(nextScript);
    });
  };

  const trackName = (code: string) => {
    const track = competition.tracks.find((x) => x.code === code);
    return track ? pick(track.name) : code;
  };
  const steps = script?.steps ?? [];
  return (
    <div className="ceremony" data-kind={kind}>
      <div className="page-header no-print">
        <div>
          <h1>{t('ceremony.title')}</h1>
          <p className="muted small">{t('ceremony.hint')}</p>
        </div>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('ceremony.print')}
        </button>
      </div>
      <PageTabs
        label={t('ceremony.kinds')}
        current={kind}
        tabs={ceremonyKinds.map((k) => ({
          key: k,
          href: routeHash({ page: 'ceremony', kind: k }),
          label: t(`ceremony.kind.${k}`),
        }))}
      />
      <ErrorList errors={errors} />
      {options && <CeremonyOptionsForm options={options} onChange={changeOptions} />}
      {script && (
        <ul className="ceremony-states no-print">
          {script.tracks
            .filter((track) => steps.some((s) => s.track === track.code))
            .map((track) => (
              <li key={track.code} className={track.state === 'locked' ? 'muted' : 'warn-text'}>
                {t(`ceremony.trackState.${track.state}`, {
                  track: trackName(track.code),
                  version: track.version ?? '',
                })}
              </li>
            ))}
        </ul>
      )}
      {script && steps.length === 0 && <p className="muted">{t('ceremony.empty')}</p>}
      {script && settings && steps.length > 0 && kind === 'certificates' && (
        <CertificatesPanel
          competition={competition}
          steps={steps}
          settings={{ ...settings, options: options ?? settings.options }}
          onSettings={setSettings}
        />
      )}
      {script && steps.length > 0 && kind === 'script' && (
        <ReportPaper title={t('ceremony.scriptTitle', { competition: competition.name })}>
          <ScriptPrint steps={steps} />
        </ReportPaper>
      )}
      {script && steps.length > 0 && kind === 'presenters' && (
        <ReportPaper title={t('ceremony.presentersTitle', { competition: competition.name })}>
          <PresentersPrint steps={steps} />
        </ReportPaper>
      )}
    </div>
  );
}
