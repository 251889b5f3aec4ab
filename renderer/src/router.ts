import { useEffect, useState } from 'react';

/** The printouts of a track (出场顺序, 评分表, 公示成绩, 获奖名单). */
export const printKinds = ['order', 'sheets', 'results', 'awards'] as const;
export type PrintKind = (typeof printKinds)[number];

export type Route =
  | { page: 'home' }
  | { page: 'competition' }
  | { page: 'rubric'; track: string }
  | { page: 'roster'; track: string }
  | { page: 'results'; track: string }
  | { page: 'panel'; track: string }
  | { page: 'entry'; track: string; part: 'quiz' | 'paper' }
  | { page: 'print'; track: string; kind: PrintKind }
  | { page: 'merge' }
  | { page: 'hall' }
  | { page: 'judges' }
  | { page: 'panelList' }
  | { page: 'backups' }
  | { page: 'consistency'; track: string }
  | { page: 'onStage'; track: string }
  | { page: 'ceremony'; kind: CeremonyKind }
  | { page: 'import'; kind: 'roster' | 'judges'; track?: string }
  | { page: 'pointsImport'; kind: 'quiz' | 'deductions'; track: string };

export const ceremonyKinds = ['script', 'presenters', 'certificates'] as const;
export type CeremonyKind = (typeof ceremonyKinds)[number];

/** Screens live in the hash, so a reload comes back to the same place. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'competition') return { page: 'competition' };
  if (parts[0] === 'judges') return { page: 'judges' };
  if (parts[0] === 'panel-list') return { page: 'panelList' };
  if (parts[0] === 'import' && parts[1] === 'judges') return { page: 'import', kind: 'judges' };
  if (parts[0] === 'merge') return { page: 'merge' };
  if (parts[0] === 'hall') return { page: 'hall' };
  if (parts[0] === 'backups') return { page: 'backups' };
  if (parts[0] === 'ceremony') {
    const kind = ceremonyKinds.find((k) => k === parts[1]) ?? 'script';
    return { page: 'ceremony', kind };
  }
  if (parts[0] === 'tracks' && parts[1]) {
    if (parts[2] === 'import' && (parts[3] === 'quiz' || parts[3] === 'deductions')) {
      return { page: 'pointsImport', kind: parts[3], track: parts[1] };
    }
    if (parts[2] === 'import') return { page: 'import', kind: 'roster', track: parts[1] };
    if (parts[2] === 'roster') return { page: 'roster', track: parts[1] };
    if (parts[2] === 'results') return { page: 'results', track: parts[1] };
    if (parts[2] === 'panel') return { page: 'panel', track: parts[1] };
    if (parts[2] === 'consistency') return { page: 'consistency', track: parts[1] };
    if (parts[2] === 'stage') return { page: 'onStage', track: parts[1] };
    if (parts[2] === 'entry') {
      return { page: 'entry', track: parts[1], part: parts[3] === 'paper' ? 'paper' : 'quiz' };
    }
    if (parts[2] === 'print') {
      const kind = printKinds.find((k) => k === parts[3]) ?? 'order';
      return { page: 'print', track: parts[1], kind };
    }
    return { page: 'rubric', track: parts[1] };
  }
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'competition':
      return '#/competition';
    case 'judges':
      return '#/judges';
    case 'panelList':
      return '#/panel-list';
    case 'rubric':
      return `#/tracks/${encodeURIComponent(route.track)}`;
    case 'roster':
      return `#/tracks/${encodeURIComponent(route.track)}/roster`;
    case 'results':
      return `#/tracks/${encodeURIComponent(route.track)}/results`;
    case 'panel':
      return `#/tracks/${encodeURIComponent(route.track)}/panel`;
    case 'entry':
      return `#/tracks/${encodeURIComponent(route.track)}/entry${route.part === 'paper' ? '/paper' : ''}`;
    case 'print':
      return `#/tracks/${encodeURIComponent(route.track)}/print/${route.kind}`;
    case 'merge':
      return '#/merge';
    case 'hall':
      return '#/hall';
    case 'backups':
      return '#/backups';
    case 'pointsImport':
      return `#/tracks/${encodeURIComponent(route.track)}/import/${route.kind}`;
    case 'consistency':
      return `#/tracks/${encodeURIComponent(route.track)}/consistency`;
    case 'onStage':
      return `#/tracks/${encodeURIComponent(route.track)}/stage`;
    case 'ceremony':
      return `#/ceremony/${route.kind}`;
    case 'import':
      return route.kind === 'judges' || route.track === undefined
        ? '#/import/judges'
        : `#/tracks/${encodeURIComponent(route.track)}/import`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Says whether the screen may be left for `to` now; false keeps it, and the screen asks. */
export type LeaveGuard = (to: string) => boolean;
let leaveGuard: LeaveGuard | null = null;
/** The address the screen on show was opened at: where a refused leave goes back to. */
let shownHash = typeof window === 'undefined' ? '' : window.location.hash;

/** A screen with unsaved work holds every way out (links, navigate, back); returns the release. */
export function holdLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/**
 * Closing or reloading the window with unsaved work asks first: the browser with its own
 * question, the desktop app with the main process's (Electron shows none of its own).
 */
export function holdUnload(isDirty: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (isDirty()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    shownHash = window.location.hash;
    const onChange = () => {
      const to = window.location.hash;
      if (to !== shownHash && leaveGuard && !leaveGuard(to)) {
        // Back where we were, without another hashchange: the screen and its draft stay.
        window.history.replaceState(
          null,
          '',
          shownHash || `${window.location.pathname}${window.location.search}`,
        );
        return;
      }
      shownHash = to;
      setRoute(parseRoute(to));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
