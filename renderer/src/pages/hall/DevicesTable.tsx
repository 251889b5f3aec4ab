import { useState } from 'react';
import type { LanDeviceView } from '../../../../shared/api/lan';
import { useCompetition } from '../../CompetitionContext';
import { useI18n } from '../../i18n/I18nProvider';
import { ReasonDialog } from './ReasonDialog';
import { seatsText } from './seatsText';

/**
 * A takeover stops the judge's old device at the moment the new one pairs: the old one's
 * revocation and the new one's pairing carry the same time.
 */
function takenOver(device: LanDeviceView, all: readonly LanDeviceView[]): boolean {
  return (
    device.revokedAt !== null &&
    all.some(
      (d) => d.judgeId === device.judgeId && d.id !== device.id && d.pairedAt === device.revokedAt,
    )
  );
}

/** Devices in use first, by judge; stopped ones after, newest first. */
function shownOrder(a: LanDeviceView, b: LanDeviceView): number {
  if ((a.revokedAt === null) !== (b.revokedAt === null)) return a.revokedAt === null ? -1 : 1;
  if (a.revokedAt === null) return a.judge.localeCompare(b.judge, 'zh-CN') || a.id - b.id;
  return (b.revokedAt ?? '').localeCompare(a.revokedAt ?? '');
}

/** The judges' devices: who, which, last seen, marks in and still on the device; stop one. */
export function DevicesTable(props: {
  devices: readonly LanDeviceView[];
  busy: boolean;
  onRevoke: (deviceId: number, reason: string) => void;
}) {
  const { t, pick, list, language } = useI18n();
  const { current } = useCompetition();
  const [revoking, setRevoking] = useState<LanDeviceView | null>(null);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'medium' });
  const devices = [...props.devices].sort(shownOrder);
  return (
    <section className="card hall-devices" aria-labelledby="hall-devices-title">
      <h2 id="hall-devices-title">{t('hallScreen.devicesTitle')}</h2>
      {devices.length === 0 ? (
        <p className="muted">{t('hallScreen.noDevices')}</p>
      ) : (
        <table className="grid hall-device-list">
          <thead>
            <tr>
              <th>{t('hallScreen.judge')}</th>
              <th>{t('hallScreen.device')}</th>
              <th>{t('hallScreen.lastSeen')}</th>
              <th className="num">{t('hallScreen.marksReceived')}</th>
              <th className="num">{t('hallScreen.unsent')}</th>
              <th>{t('hallScreen.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => {
              const active = device.revokedAt === null;
              return (
                <tr
                  key={device.id}
                  data-device={device.name}
                  className={active ? undefined : 'hall-device-stopped'}
                >
                  <td>
                    {device.judge}
                    <div className="small muted">
                      {seatsText(device.seats, current!.competition, { pick, list, language })}
                    </div>
                  </td>
                  <td>
                    {device.name}
                    <div className="small muted fingerprint">{device.fingerprint}</div>
                  </td>
                  <td>{when(device.lastSeenAt)}</td>
                  <td className="num" data-marks>
                    {device.marksReceived}
                  </td>
                  <td
                    className={device.unsent > 0 && active ? 'num hall-unsent' : 'num'}
                    data-unsent
                  >
                    {device.unsent}
                  </td>
                  <td>
                    {active
                      ? t('hallScreen.active')
                      : t(
                          takenOver(device, props.devices)
                            ? 'hallScreen.takenOver'
                            : 'hallScreen.revoked',
                          {
                            reason: device.revokedReason ?? '',
                          },
                        )}
                  </td>
                  <td>
                    {active && (
                      <button
                        type="button"
                        className="danger"
                        disabled={props.busy}
                        onClick={() => setRevoking(device)}
                      >
                        {t('hallScreen.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ReasonDialog
        open={revoking !== null}
        danger
        title={
          revoking
            ? t('hallScreen.revokeTitle', { judge: revoking.judge, device: revoking.name })
            : ''
        }
        reasonLabel={t('hallScreen.revokeReason')}
        confirmLabel={t('hallScreen.revokeConfirm')}
        busy={props.busy}
        onConfirm={(reason) => {
          if (revoking) props.onRevoke(revoking.id, reason);
          setRevoking(null);
        }}
        onCancel={() => setRevoking(null)}
      >
        <p>{t('hallScreen.revokeBody')}</p>
      </ReasonDialog>
    </section>
  );
}
