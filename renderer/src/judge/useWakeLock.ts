import { useEffect } from 'react';

/**
 * Keeps the screen on while the sheet is open, where the browser allows it: only a secure
 * context (HTTPS) has the Wake Lock API. Over plain HTTP, or when refused (low battery), nothing
 * happens: docs/lan.md tells the judges to set the screen timeout by hand.
 */
export function useWakeLock(wanted: boolean): void {
  useEffect(() => {
    if (!wanted || !window.isSecureContext || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let gone = false;
    const take = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((taken) => {
          if (gone) taken.release().catch(() => undefined);
          else lock = taken;
        })
        .catch(() => undefined);
    };
    // The browser lets go of the lock whenever the page is hidden: take it again on return.
    document.addEventListener('visibilitychange', take);
    take();
    return () => {
      gone = true;
      document.removeEventListener('visibilitychange', take);
      lock?.release().catch(() => undefined);
    };
  }, [wanted]);
}
