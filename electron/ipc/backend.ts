import { randomBytes } from 'node:crypto';
import type { LiveFeed } from '../host/liveFeed';
import { HallService } from '../lan/hallService';
import { resumeJudgeSheet } from '../services/judgeMode';
import { type KeyVault, unsealedVault } from '../services/keyVault';
import { LivePush, type LivePushOptions } from '../services/livePush';
import { Session } from '../services/session';
import type { SettingsStore } from '../services/settings';
import { readRole } from '../store/roleTable';
import { type Caller, createDispatch, type Dispatch } from './dispatch';
import { createDisplayDispatch } from './displayDispatch';
import { createHandlers } from './handlers';

export interface Backend {
  session: Session;
  dispatch: Dispatch;
  hall: HallService;
  /** The hall's live events, for the head table (the loopback host serves them). */
  liveFeed: LiveFeed;
  /** Judge side: the score file pushed live to the hall the judge file names. */
  livePush: LivePush;
  /** The big screen's calls (the display role only) and the token a browser shows it with. */
  display: { dispatch: Dispatch; token: string };
}

/** One backend per window (Electron) or per host process: a session plus the dispatch. */
export function createBackend(options: {
  dataDir: string;
  settings: SettingsStore;
  shell: 'electron' | 'browser';
  version: string;
  /** Where a judge's private key rests; the desktop app seals it with the system's key store. */
  vault?: KeyVault;
  /** The built renderer, for the judges' page on the hall network. */
  hallStaticDir?: string;
  /** How soon a judge's marks go to the hall, and again after a failure (tests: shorter). */
  livePushTiming?: LivePushOptions;
  /** The desktop app's big-screen window (electron/screenWindow.ts). */
  openScreenWindow?: () => void;
}): Backend {
  const session = new Session(options.dataDir);
  // A judge's laptop starts on the judge's sheet, as it was left (judgeMode.ts).
  resumeJudgeSheet(session, options.settings);
  const hall = new HallService(session, { staticDir: options.hallStaticDir });
  const vault = options.vault ?? unsealedVault;
  const livePush = new LivePush(session, vault, options.livePushTiming);
  const displayToken = randomBytes(24).toString('base64url');
  const handlers = createHandlers({
    ...options,
    vault,
    session,
    hall,
    livePush,
    screen: { openWindow: options.openScreenWindow, displayToken },
  });
  const liveFeed: LiveFeed = {
    subscribe: (listener) => hall.events.subscribe(listener),
    allowed: () => windowCaller(session)?.roles.includes('organizer') ?? false,
  };
  return {
    session,
    hall,
    liveFeed,
    livePush,
    dispatch: createDispatch(handlers, () => windowCaller(session)),
    display: { dispatch: createDisplayDispatch(handlers), token: displayToken },
  };
}

/**
 * The person at this window holds the role of the competition file they have open: the head
 * table's (organizer and head judge) or one judge's own copy.
 */
export function windowCaller(session: Session): Caller | null {
  if (session.path === null) return null;
  const role = readRole(session.db());
  if (role.role === 'judge') {
    return {
      roles: ['judge'],
      actor: `judge:${role.judgeId}`,
      holds: { zh: '评委的评分表', en: 'a judge’s scoring sheet' },
    };
  }
  return {
    roles: ['organizer', 'headJudge'],
    actor: 'organizer',
    holds: { zh: '组委会的赛事文件', en: 'the organizers’ competition file' },
  };
}
