import { ceremonyScript } from '../services/ceremonyService';
import { readCeremonySettings, saveCeremonySettings } from '../services/ceremonySettings';
import { trackConsistency } from '../services/consistencyService';
import type { BackendContext, Handlers } from './handlers';

type StageCall =
  | 'consistency.get'
  | 'ceremony.script'
  | 'ceremony.settings'
  | 'ceremony.saveSettings'
  | 'ceremony.setBackground';

/** Judge consistency before locking, and the ceremony: its script and the certificate paper. */
export function stageHandlers({ session, settings }: BackendContext): Pick<Handlers, StageCall> {
  return {
    'consistency.get': ({ track, thresholdPercent }) =>
      trackConsistency(session.db(), track, thresholdPercent),
    'ceremony.script': ({ options }) => ceremonyScript(session.db(), options),
    'ceremony.settings': () => readCeremonySettings(settings, session.db()),
    'ceremony.saveSettings': ({ options, layout }) =>
      saveCeremonySettings(settings, session.db(), { options, layout }),
    'ceremony.setBackground': ({ background }) =>
      saveCeremonySettings(settings, session.db(), { background }),
  };
}
