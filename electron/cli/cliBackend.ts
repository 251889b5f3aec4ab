import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { AppFailure } from '../../shared/errors';
import { windowCaller } from '../ipc/backend';
import { createDispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { HallService } from '../lan/hallService';
import { unsealedVault } from '../services/keyVault';
import { LivePush } from '../services/livePush';
import { Session } from '../services/session';
import { defaultSettings, SettingsStore, type StoredSettings } from '../services/settings';
import { version } from './version';

/** A call of the contract, as the app makes it: refused values come back thrown as AppFailure. */
export type Call = <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;

/**
 * The batch commands go through the app's own dispatch: the same zod schemas, the same roles
 * (a judge's own copy cannot draw or lock), the same handlers. The store is opened as the app
 * opens it, holding its writer lock (`store.inUse` while the app has it open). The settings are
 * this run's only: a command-line run does not put the file on the app's recent list.
 */
export async function withCompetition<T>(store: string, work: (call: Call) => Promise<T>) {
  const path = resolve(store);
  if (!existsSync(path)) throw AppFailure.of('store.notFound', { path });
  const session = new Session(dirname(path));
  const settings = new SettingsStore(memorySettings());
  const handlers = createHandlers({
    session,
    settings,
    shell: 'browser',
    version,
    vault: unsealedVault,
    // A batch command never opens the hall; the calls that would are the app's.
    hall: new HallService(session),
    // A command run is over before a push would be due; its timer never holds the process.
    livePush: new LivePush(session, unsealedVault),
  });
  const dispatch = createDispatch(handlers, () => {
    const caller = windowCaller(session);
    // The audit says the command line made the change, as the other commands' changes.
    return caller?.actor === 'organizer'
      ? { ...caller, actor: 'organizer (command line)' }
      : caller;
  });
  const call: Call = async (name, input) => {
    const answer = await dispatch(name, input);
    if (!answer.ok) throw new AppFailure(answer.errors);
    return answer.value as CallOutput<typeof name>;
  };
  try {
    await call('competitions.open', { path });
    return await work(call);
  } finally {
    session.close();
  }
}

function memorySettings() {
  const values: StoredSettings = structuredClone(defaultSettings);
  return {
    get: <K extends keyof StoredSettings>(key: K) => values[key],
    set: <K extends keyof StoredSettings>(key: K, value: StoredSettings[K]) => {
      values[key] = value;
    },
  };
}
