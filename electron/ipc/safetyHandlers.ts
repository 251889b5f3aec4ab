import { resolve } from 'node:path';
import { AppFailure } from '../../shared/errors';
import { loadCompetition } from '../services/competitionService';
import { rememberOpenedStore } from '../services/judgeMode';
import { openStore } from '../store/database';
import { readRole } from '../store/roleTable';
import { backupDir, KEEP_SNAPSHOTS, listSnapshots, restoreSnapshot } from '../store/snapshots';
import type { BackendContext, Handlers } from './handlers';

type SafetyCall = 'backups.list' | 'backups.restore';

/** The backup screen, and the way back from a damaged store on the home screen. */
export function safetyHandlers({ session, settings }: BackendContext): Pick<Handlers, SafetyCall> {
  const storePath = (path: string | undefined) => {
    const chosen = path ?? session.path;
    if (!chosen) throw AppFailure.of('error.noCompetition');
    return resolve(chosen);
  };
  return {
    'backups.list': ({ path }) => {
      const store = storePath(path);
      return {
        path: store,
        dir: backupDir(store),
        keep: KEEP_SNAPSHOTS,
        snapshots: listSnapshots(store).map(({ name, at, reason, size }) => ({
          name,
          at,
          reason,
          size,
        })),
      };
    },
    'backups.restore': ({ path, snapshot }) => {
      const store = storePath(path);
      // The main process is the only writer: the store is closed while its file is replaced,
      // and opened again (restored or, if the restore failed, as it was) with its lock kept.
      session.replaceFile(store, () => restoreSnapshot(store, snapshot, (p) => openStore(p)));
      const competition = loadCompetition(session.db());
      settings.remember({ path: store, name: competition.name, at: new Date().toISOString() });
      rememberOpenedStore(session, settings);
      return {
        path: store,
        competition,
        role: readRole(session.db()).role,
        readOnly: session.readOnly,
      };
    },
  };
}
