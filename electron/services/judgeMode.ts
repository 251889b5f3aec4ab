import { existsSync } from 'node:fs';
import { readRole } from '../store/roleTable';
import type { Session } from './session';
import type { SettingsStore } from './settings';

// Judge mode across restarts. A judge's laptop that restarts mid-session (a flat battery, a
// crash, a closed lid) comes back on the sheet: on the home screen a judge may create a
// competition or open the wrong file, and the head table has to walk over to help.

/** After a store was opened or made here: a judge's copy is where this laptop starts next time. */
export function rememberOpenedStore(session: Session, settings: SettingsStore): void {
  const path = session.path;
  if (path === null) return;
  const judge = readRole(session.db()).role === 'judge';
  settings.setJudgeSheet(judge ? path : null);
  settings.update({ role: judge ? 'judge' : 'organizer' });
}

/** The judge closed the sheet on purpose: the next start is on the home screen. */
export function forgetJudgeSheet(settings: SettingsStore): void {
  settings.setJudgeSheet(null);
}

/**
 * At start: the judge's sheet open again, if this laptop was in judge mode. A sheet that is
 * gone is forgotten; one that cannot be opened now (another window holds it) is left for the
 * home screen's list, and tried again at the next start.
 */
export function resumeJudgeSheet(session: Session, settings: SettingsStore): void {
  const path = settings.judgeSheet();
  if (path === null || settings.read().role !== 'judge') return;
  if (!existsSync(path)) {
    forgetJudgeSheet(settings);
    return;
  }
  try {
    session.open(path);
  } catch {
    return;
  }
  if (readRole(session.db()).role !== 'judge') session.close();
}
