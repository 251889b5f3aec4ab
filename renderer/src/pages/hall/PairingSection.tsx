import { useEffect, useState } from 'react';
import type { LanDeviceView, PairingCodeView } from '../../../../shared/api/lan';
import type { PanelView } from '../../../../shared/api/seating';
import { seatLabel } from '../../../../shared/panel/seats';
import { useCompetition } from '../../CompetitionContext';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { PairingQr } from './PairingQr';
import { ReasonDialog } from './ReasonDialog';

/** Whether a code has run out is read again every so often, so the screen says it. */
const TICK_MS = 20_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Per track, by seat: each judge's pairing code with its QR code and expiry, issued again on
 * request; a judge whose device writes gets a takeover code only, with a reason.
 */
export function PairingSection(props: {
  panels: readonly PanelView[];
  devices: readonly LanDeviceView[];
  codes: ReadonlyMap<number, PairingCodeView>;
  busy: boolean;
  onIssue: (judgeIds: number[], validMinutes: number, takeoverReason?: string) => void;
}) {
  const { t, pick, language } = useI18n();
  const { current } = useCompetition();
  const now = useNow();
  const [minutes, setMinutes] = useState('15');
  const [takeover, setTakeover] = useState<{
    judgeId: number;
    judge: string;
    device: string;
  } | null>(null);
  const validMinutes = Number(minutes);
  const minutesValid = /^\d{1,3}$/.test(minutes) && validMinutes >= 1 && validMinutes <= 240;
  const writing = new Map(
    props.devices.filter((d) => d.revokedAt === null).map((d) => [d.judgeId, d] as const),
  );
  const members = props.panels.flatMap((panel) =>
    panel.members.filter((m) => m.seat !== null).map((m) => m.judgeId),
  );
  const unpaired = [...new Set(members)].filter((id) => !writing.has(id));
  const trackName = (code: string) => {
    const track = current!.competition.tracks.find((x) => x.code === code);
    return track ? pick(track.name) : code;
  };
  const at = (iso: string) =>
    new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });

  return (
    <section className="card hall-pairing" aria-labelledby="hall-pairing-title">
      <h2 id="hall-pairing-title">{t('hallScreen.pairingTitle')}</h2>
      <p className="small muted">{t('hallScreen.pairingHint')}</p>
      <div className="inline hall-pairing-actions">
        <Field label={t('hallScreen.validMinutes')}>
          <input
            inputMode="numeric"
            className="hall-minutes"
            value={minutes}
            aria-invalid={!minutesValid}
            onChange={(e) => setMinutes(e.target.value.trim())}
          />
        </Field>
        <button
          type="button"
          className="primary"
          disabled={props.busy || !minutesValid || unpaired.length === 0}
          onClick={() => props.onIssue(unpaired, validMinutes)}
        >
          {t('hallScreen.issueAll')}
        </button>
        <button type="button" disabled={props.codes.size === 0} onClick={() => window.print()}>
          {t('hallScreen.printSheet')}
        </button>
      </div>
      {members.length === 0 && <p className="muted">{t('hallScreen.noPanel')}</p>}
      {props.panels
        .filter((panel) => panel.members.some((m) => m.seat !== null))
        .map((panel) => (
          <div key={panel.track} className="hall-track">
            <h3>{trackName(panel.track)}</h3>
            <table className="grid hall-codes">
              <thead>
                <tr>
                  <th>{t('hallScreen.seat')}</th>
                  <th>{t('hallScreen.judge')}</th>
                  <th>{t('hallScreen.code')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {panel.members
                  .filter((m) => m.seat !== null)
                  .map((member) => {
                    const code = props.codes.get(member.judgeId);
                    const device = writing.get(member.judgeId);
                    const expired = code !== undefined && Date.parse(code.expiresAt) <= now;
                    return (
                      <tr key={member.judgeId} data-judge={member.name}>
                        <td>{seatLabel(member.seat, language)}</td>
                        <td>{member.name}</td>
                        <td>
                          {code ? (
                            <div className="hall-code">
                              {!expired && (
                                <PairingQr
                                  link={code.link}
                                  label={t('hallScreen.qrLabel', { judge: member.name })}
                                />
                              )}
                              <div>
                                <strong
                                  className={expired ? 'pairing-code expired' : 'pairing-code'}
                                  data-code
                                >
                                  {code.code}
                                </strong>
                                <div className="small muted">
                                  {code.takeover && `${t('hallScreen.takeoverCode')} · `}
                                  {t(expired ? 'hallScreen.expired' : 'hallScreen.expires', {
                                    at: at(code.expiresAt),
                                  })}
                                </div>
                              </div>
                            </div>
                          ) : device ? (
                            <span className="hall-paired">
                              {t('hallScreen.paired', { device: device.name })}
                            </span>
                          ) : (
                            <span className="muted">{t('hallScreen.notIssued')}</span>
                          )}
                        </td>
                        <td>
                          {device ? (
                            <button
                              type="button"
                              disabled={props.busy || !minutesValid}
                              onClick={() =>
                                setTakeover({
                                  judgeId: member.judgeId,
                                  judge: member.name,
                                  device: device.name,
                                })
                              }
                            >
                              {t('hallScreen.takeover')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              disabled={props.busy || !minutesValid}
                              onClick={() => props.onIssue([member.judgeId], validMinutes)}
                            >
                              {t(code ? 'hallScreen.reissue' : 'hallScreen.issue')}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        ))}
      <ReasonDialog
        open={takeover !== null}
        title={takeover ? t('hallScreen.takeoverTitle', { judge: takeover.judge }) : ''}
        reasonLabel={t('hallScreen.takeoverReason')}
        confirmLabel={t('hallScreen.takeoverConfirm')}
        busy={props.busy}
        onConfirm={(reason) => {
          if (takeover) props.onIssue([takeover.judgeId], validMinutes, reason);
          setTakeover(null);
        }}
        onCancel={() => setTakeover(null)}
      >
        <p>{takeover && t('hallScreen.takeoverBody', { device: takeover.device })}</p>
      </ReasonDialog>
    </section>
  );
}
