import { useEffect, useRef, useState } from 'react';
import type { ScreenView } from '../../../shared/stage/screenView';
import { call } from '../api/client';

const POLL_MS = 700;
const RETRY_MS = 2000;

export interface ScreenFeed {
  view: ScreenView | null;
  /** The head table did not answer the last time: the screen keeps what it shows and retries. */
  lost: boolean;
  /** Date.now() − the head table's clock, for the timer. */
  skew: number;
}

/**
 * What the screen shows, read again and again: a small answer, and polling reconnects by
 * itself after the head table restarts or the cable is pulled — the last view stays up meanwhile.
 */
export function useScreenView(): ScreenFeed {
  const [feed, setFeed] = useState<ScreenFeed>({ view: null, lost: false, skew: 0 });
  const version = useRef<number | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let wait = POLL_MS;
      try {
        const view = await call('screen.view', {});
        const skew = Date.now() - (view.timer?.serverNow ?? Date.now());
        if (view.version !== version.current || view.timer) {
          version.current = view.version;
          setFeed({ view, lost: false, skew });
        } else {
          setFeed((f) => (f.lost ? { ...f, lost: false } : f));
        }
      } catch {
        wait = RETRY_MS;
        setFeed((f) => (f.lost ? f : { ...f, lost: true }));
      }
      if (!stopped) timer = setTimeout(poll, wait);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return feed;
}
