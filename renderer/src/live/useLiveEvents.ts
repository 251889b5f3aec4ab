import { useEffect, useRef } from 'react';
import type { LiveEvent } from '../../../shared/api/lanEvents';
import { type LiveSignal, subscribeLive } from './liveConnection';

export type { LiveSignal } from './liveConnection';

/** Hears the hall network's live feed while the component is shown. */
export function useLiveEvents(onSignal: (signal: LiveSignal) => void): void {
  const latest = useRef(onSignal);
  latest.current = onSignal;
  useEffect(() => subscribeLive((signal) => latest.current(signal)), []);
}

/** A burst of pushes (a whole panel at the end of a performance) reads the screen once. */
const SETTLE_MS = 150;

/**
 * Reads the screen again by itself when an event it shows arrives (`wants`), and after the
 * feed may have missed one (a reconnection, a gap in the numbers).
 */
export function useLiveReload(reload: () => unknown, wants: (event: LiveEvent) => boolean): void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ reload, wants });
  latest.current = { reload, wants };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useLiveEvents((signal) => {
    if (signal.kind === 'event' && !latest.current.wants(signal.event)) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current.reload();
    }, SETTLE_MS);
  });
}

/** Marks arrived for `track` (any track when it is undefined). */
export function marksOf(track?: string) {
  return (event: LiveEvent) =>
    event.type === 'marks' && (track === undefined || event.tracks.includes(track));
}
