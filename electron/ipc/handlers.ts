import type { z } from 'zod';
import type { CallName, CallOutput, Contract } from '../../shared/api/contract';
import { templates } from '../../shared/templates';
import type { HallService } from '../lan/hallService';
import {
  archiveCompetition,
  assertNoTwin,
  listCompetitions,
  renameCompetition,
  storeLine,
} from '../services/competitionDirectory';
import { changeCompetitionInfo } from '../services/competitionInfoService';
import { loadCompetition } from '../services/competitionService';
import { exportWorkbookForDownload } from '../services/exportService';
import { forgetJudgeSheet, rememberOpenedStore } from '../services/judgeMode';
import type { KeyVault } from '../services/keyVault';
import type { LivePush } from '../services/livePush';
import {
  addPenalty,
  addSingleAward,
  removePenalty,
  removeSingleAward,
  setObjective,
} from '../services/marksService';
import { lockResults, trackResults } from '../services/resultsService';
import { removeEntry, removeJudge, saveEntry, saveJudge } from '../services/rosterService';
import { addTrack, removeTrack, saveTrack } from '../services/rubricService';
import type { Session } from '../services/session';
import type { SettingsStore } from '../services/settings';
import { readEntries } from '../store/entriesTable';
import { readJudges } from '../store/judgesTable';
import { readRole } from '../store/roleTable';
import { entryGridHandlers } from './entryGridHandlers';
import { importHandlers } from './importHandlers';
import { judgingHandlers } from './judgingHandlers';
import { lanHandlers } from './lanHandlers';
import { livePushHandlers } from './livePushHandlers';
import { onStageHandlers } from './onStageHandlers';
import { panelHandlers } from './panelHandlers';
import { paperSheetHandlers } from './paperSheetHandlers';
import { pointsHandlers } from './pointsHandlers';
import { safetyHandlers } from './safetyHandlers';
import { signedResultsHandlers } from './signedResultsHandlers';
import { stageHandlers } from './stageHandlers';
import { statusHandlers } from './statusHandlers';

export type Handlers = {
  [K in CallName]: (
    input: z.output<Contract[K]['input']>,
  ) => CallOutput<K> | Promise<CallOutput<K>>;
};

export interface BackendContext {
  session: Session;
  settings: SettingsStore;
  shell: 'electron' | 'browser';
  version: string;
  vault: KeyVault;
  /** The hall network of live scoring (electron/lan). */
  hall: HallService;
  /** Judge side: the score file pushed live to the hall the judge file names. */
  livePush: LivePush;
  /**
   * The big screen: the desktop app opens its own window; the local host serves the display
   * page with a display-only token.
   */
  screen?: { openWindow?: () => void; displayToken?: string };
}

/** The one implementation of the contract, bound alike to Electron IPC and the local host. */
export function createHandlers(ctx: BackendContext): Handlers {
  const { session, settings } = ctx;

  const opened = (path: string) => {
    const competition = loadCompetition(session.db());
    const { role } = readRole(session.db());
    settings.remember(storeLine(path, competition, new Date().toISOString(), role));
    rememberOpenedStore(session, settings);
    return { path, competition, role: readRole(session.db()).role, readOnly: session.readOnly };
  };

  return {
    'app.info': () => ({ version: ctx.version, shell: ctx.shell, dataDir: session.dataDir }),
    'settings.get': () => settings.read(),
    'settings.update': (patch) => settings.update(patch),

    'templates.list': () =>
      templates.map((t) => ({ code: t.code, name: t.name, tracks: t.tracks.map((tr) => tr.name) })),
    'competitions.list': () => listCompetitions(session.dataDir, settings),
    'competitions.create': ({ info, template }) => {
      assertNoTwin(session.dataDir, settings, info);
      return opened(session.create(info, template));
    },
    'competitions.rename': ({ path, name }) => renameCompetition(session, settings, path, name),
    'competitions.archive': ({ path }) => {
      archiveCompetition(settings, path);
      return {};
    },
    'competitions.restore': ({ path }) => {
      settings.restore(path);
      return {};
    },
    'competitions.open': ({ path }) => {
      session.open(path);
      return opened(path);
    },
    'competitions.current': () => {
      const path = session.path;
      return path === null
        ? null
        : {
            path,
            competition: loadCompetition(session.db()),
            role: readRole(session.db()).role,
            readOnly: session.readOnly,
          };
    },
    'competitions.close': () => {
      forgetJudgeSheet(settings);
      session.close();
      return {};
    },
    'competitions.updateInfo': ({ info }) => {
      assertNoTwin(session.dataDir, settings, info, session.path ?? undefined);
      changeCompetitionInfo(session.db(), info);
      const competition = loadCompetition(session.db());
      const path = session.path!;
      const at = settings.recent().find((f) => f.path === path)?.at ?? new Date().toISOString();
      settings.refresh(storeLine(path, competition, at));
      return competition;
    },

    'tracks.add': ({ name }) => addTrack(session.db(), name),
    'tracks.save': ({ code, track, force }) => {
      const saved = saveTrack(session.db(), code, track, { force });
      return { ...saved, offScale: saved.offScale.length };
    },
    'tracks.remove': ({ code }) => {
      removeTrack(session.db(), code);
      return {};
    },

    'entries.list': ({ track }) => readEntries(session.db(), track),
    'entries.save': ({ entry }) => saveEntry(session.db(), entry),
    'entries.remove': ({ id }) => {
      removeEntry(session.db(), id);
      return {};
    },
    'judges.list': () => readJudges(session.db()),
    'judges.save': ({ judge, confirmJoin }) => saveJudge(session.db(), judge, { confirmJoin }),
    'judges.remove': ({ id }) => {
      removeJudge(session.db(), id);
      return {};
    },

    ...panelHandlers(ctx),
    ...safetyHandlers(ctx),
    ...statusHandlers(ctx),
    ...judgingHandlers(ctx),
    ...importHandlers(ctx),
    ...paperSheetHandlers(ctx),
    ...signedResultsHandlers(ctx),
    ...entryGridHandlers(ctx),
    ...pointsHandlers(ctx),
    ...lanHandlers(ctx),
    ...stageHandlers(ctx),
    ...livePushHandlers(ctx),
    ...onStageHandlers(ctx),
    'results.get': ({ track }) => trackResults(session.db(), track),
    'results.lock': ({ track, by, reason, acknowledged }) =>
      lockResults(session.db(), track, by, reason, acknowledged),
    'results.exportWorkbook': (input) => exportWorkbookForDownload(session.db(), input),
    'objective.set': (input) => done(setObjective(session.db(), input)),
    'penalties.add': (input) => done(addPenalty(session.db(), input)),
    'penalties.remove': (input) => done(removePenalty(session.db(), input)),
    'singleAwards.add': (input) => done(addSingleAward(session.db(), input)),
    'singleAwards.remove': (input) => done(removeSingleAward(session.db(), input)),
  };
}

/** Calls that only change the store answer an empty object. */
const done = (_: unknown) => ({});
