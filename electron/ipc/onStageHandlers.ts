import { decideAppeal, fileAppeal, trackAppeals } from '../services/appealService';
import { decideEntry, reviewQueue } from '../services/reviewService';
import { requireTrack } from '../services/rubricService';
import {
  acceptTimeDeduction,
  runTimer,
  screenSettings,
  screenView,
  setScreen,
  timerState,
} from '../services/screenService';
import { writeAppealMinutes, writeDeviationPercent } from '../store/stageTable';
import type { BackendContext, Handlers } from './handlers';

type OnStageCall =
  | 'review.queue'
  | 'review.setThreshold'
  | 'review.decide'
  | 'screen.settings'
  | 'screen.set'
  | 'screen.view'
  | 'screen.open'
  | 'timer.get'
  | 'timer.run'
  | 'timer.acceptDeduction'
  | 'appeals.list'
  | 'appeals.setWindow'
  | 'appeals.file'
  | 'appeals.decide';

/** The head judge's release, the big screen and the timer. */
export function onStageHandlers(ctx: BackendContext): Pick<Handlers, OnStageCall> {
  const { session } = ctx;
  return {
    'review.queue': ({ track }) => reviewQueue(session.db(), track),
    'review.setThreshold': ({ track, percent }) => {
      writeDeviationPercent(session.db(), requireTrack(session.db(), track).id, percent);
      return {};
    },
    'review.decide': (input) => decideEntry(session.db(), input),
    'screen.settings': () => screenSettings(session.db()),
    'screen.set': (settings) => setScreen(session.db(), settings),
    'screen.view': () => screenView(session.db()),
    'screen.open': () => {
      if (ctx.screen?.openWindow) {
        ctx.screen.openWindow();
        return { window: true, path: null };
      }
      const token = ctx.screen?.displayToken;
      return { window: false, path: token ? `screen.html?token=${token}` : null };
    },
    'timer.get': ({ entryId }) => timerState(session.db(), entryId),
    'timer.run': ({ entryId, command }) => runTimer(session.db(), entryId, command),
    'timer.acceptDeduction': ({ entryId, reason }) =>
      acceptTimeDeduction(session.db(), entryId, reason),
    'appeals.list': ({ track }) => trackAppeals(session.db(), track),
    'appeals.setWindow': ({ track, minutes }) => {
      writeAppealMinutes(session.db(), requireTrack(session.db(), track).id, minutes);
      return {};
    },
    'appeals.file': (input) => fileAppeal(session.db(), input),
    'appeals.decide': (input) => decideAppeal(session.db(), input),
  };
}
