import { useCallback, useEffect, useState } from 'react';
import type { LanAddress, LanDeviceView, LanStatus } from '../../../../shared/api/lan';
import type { PanelView } from '../../../../shared/api/seating';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { useLiveReload } from '../../live/useLiveEvents';
import { useCall } from '../../useCall';
import { DevicesTable } from './DevicesTable';
import { HallOpenCard } from './HallOpenCard';
import { HallOpenForm, type HallOpening } from './HallOpenForm';
import { openCodes, rememberCodes, useIssuedCodes } from './issuedCodes';
import { PairingSection } from './PairingSection';
import { PairingSheet } from './PairingSheet';
import './HallPage.css';

/**
 * 现场联网评分: the head table opens the hall network on one address of its choosing, pairs
 * each judge's device with a one-time code, and watches the devices, live.
 */
export function HallPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<LanStatus | null>(null);
  const [addresses, setAddresses] = useState<LanAddress[]>([]);
  const [devices, setDevices] = useState<LanDeviceView[]>([]);
  const [panels, setPanels] = useState<PanelView[]>([]);
  const issued = useIssuedCodes();
  const { errors, run, busy } = useCall();
  const [dialog, ask] = useConfirm();
  const codes = openCodes(issued, devices);

  const loadStatus = useCallback(
    () => run(async () => setStatus(await call('lan.status', {}))),
    [run],
  );
  const loadAddresses = useCallback(
    () => run(async () => setAddresses(await call('lan.addresses', {}))),
    [run],
  );
  const loadDevices = useCallback(
    () => run(async () => setDevices(await call('lan.devices', {}))),
    [run],
  );
  useEffect(() => {
    loadStatus();
    loadAddresses();
    loadDevices();
    run(async () => setPanels(await call('panel.list', {})));
  }, [loadStatus, loadAddresses, loadDevices, run]);
  // Pairings, takeovers, heartbeats and pushes change the devices list; the hall may be opened
  // or closed from the command line too.
  useLiveReload(loadDevices, (event) => event.type === 'devices' || event.type === 'marks');
  useLiveReload(loadStatus, (event) => event.type === 'hall');

  const open = (opening: HallOpening) =>
    run(async () => setStatus(await call('lan.open', opening)), { busy: true });
  const close = async () => {
    const yes = await ask({
      title: t('hallScreen.closeTitle'),
      body: <p>{t('hallScreen.closeBody')}</p>,
      confirmLabel: t('hallScreen.close'),
      danger: true,
    });
    if (yes) await run(async () => setStatus(await call('lan.close', {})), { busy: true });
  };
  const issue = (judgeIds: number[], validMinutes: number, takeoverReason?: string) =>
    run(
      async () =>
        rememberCodes(
          await call('lan.issueCodes', {
            judgeIds,
            validMinutes,
            ...(takeoverReason ? { takeoverReason } : {}),
          }),
        ),
      { busy: true },
    );
  const revoke = (deviceId: number, reason: string) =>
    run(
      async () => {
        await call('lan.revoke', { deviceId, reason });
        setDevices(await call('lan.devices', {}));
      },
      { busy: true },
    );

  return (
    <div className="hall-page">
      <div className="page-header no-print">
        <div>
          <h1>{t('hallScreen.title')}</h1>
          <p className="muted small">{t('hallScreen.intro')}</p>
        </div>
      </div>
      <div className="no-print">
        <ErrorList errors={errors} />
        {status?.open ? (
          <HallOpenCard status={status} busy={busy} onClose={close} />
        ) : (
          status && (
            <HallOpenForm
              addresses={addresses}
              busy={busy}
              onRefresh={loadAddresses}
              onOpen={open}
            />
          )
        )}
        {status?.open && (
          <PairingSection
            panels={panels}
            devices={devices}
            codes={codes}
            busy={busy}
            onIssue={issue}
          />
        )}
        <DevicesTable devices={devices} busy={busy} onRevoke={revoke} />
      </div>
      {status?.open && <PairingSheet status={status} codes={[...codes.values()]} />}
      {dialog}
    </div>
  );
}
