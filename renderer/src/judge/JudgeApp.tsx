import { useEffect, useState, useSyncExternalStore } from 'react';
import { openDeviceStore } from './deviceStore';
import { DeviceSync } from './deviceSync';
import { useJudgeI18n } from './judgeI18n';
import { PairScreen } from './PairScreen';
import { RevokedScreen } from './RevokedScreen';
import { SheetScreen } from './SheetScreen';
import { useWakeLock } from './useWakeLock';

// One device store and one sync for the page's life, started once (not per render, not twice
// under StrictMode).
let started: Promise<DeviceSync> | null = null;
function startSync(): Promise<DeviceSync> {
  started ??= openDeviceStore().then(async (store) => {
    const sync = new DeviceSync(store);
    await sync.start();
    return sync;
  });
  return started;
}

export function JudgeApp() {
  const [sync, setSync] = useState<DeviceSync | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    startSync().then(setSync, () => setFailed(true));
  }, []);
  const { t } = useJudgeI18n();
  if (failed) return <p className="judge-fatal">{t('judgePage.storageUnavailable')}</p>;
  if (!sync) return null;
  return <Device sync={sync} />;
}

function Device({ sync }: { sync: DeviceSync }) {
  const state = useSyncExternalStore(sync.subscribe, sync.snapshot);
  const [pairAgain, setPairAgain] = useState(false);
  useWakeLock(state.pairing !== null && state.pairing.refused === null);
  const { pairing } = state;
  if (pairing === null || pairAgain) {
    return (
      <PairScreen
        onPaired={async (paired) => {
          await sync.paired(paired);
          setPairAgain(false);
        }}
      />
    );
  }
  if (pairing.refused)
    return <RevokedScreen state={state} onPairAgain={() => setPairAgain(true)} />;
  return <SheetScreen sync={sync} state={state} />;
}
