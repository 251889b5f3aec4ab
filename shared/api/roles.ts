import type { CallName } from './contract';

/**
 * Who may make each call, enforced by the dispatch whatever the screen shows.
 * - anyone: the person at this window before or between competitions (open, create, settings);
 * - organizer: the head table's scorekeeper, in the organizer's competition file;
 * - headJudge: the head judge, at the head table (conflicts, lock);
 * - judge: a judge, in their own copy made from a judge file (their sheet only);
 * - display: the big screen (亮分屏), with a display-only token: `screen.view` and nothing else;
 * - pairing: a device exchanging its one-time code, on the hall network: no call of this table is
 *   theirs; the hall network's calls are in lanWire.ts.
 * A new call must be added here: the type makes a missing one a compile error.
 */
export const callerRoles = ['organizer', 'headJudge', 'judge', 'display', 'pairing'] as const;
export type CallerRole = (typeof callerRoles)[number];

const organizer: readonly CallerRole[] = ['organizer'];
const headTable: readonly CallerRole[] = ['organizer', 'headJudge'];
const headJudge: readonly CallerRole[] = ['headJudge'];
const judge: readonly CallerRole[] = ['judge'];
const ownStore: readonly CallerRole[] = ['organizer', 'judge'];

export const callRoles: Record<CallName, 'anyone' | readonly CallerRole[]> = {
  'app.info': 'anyone',
  'settings.get': 'anyone',
  'settings.update': 'anyone',
  'templates.list': 'anyone',
  'competitions.list': 'anyone',
  'competitions.create': 'anyone',
  'competitions.open': 'anyone',
  'competitions.current': 'anyone',
  'competitions.close': 'anyone',
  // The home screen's list: what the person at this window keeps on it (a judge's own copy is
  // refused by the service, not renamed).
  'competitions.rename': 'anyone',
  'competitions.archive': 'anyone',
  'competitions.restore': 'anyone',
  // A judge opens the judge file from the home screen: it makes or opens their own copy.
  'judgeFiles.open': 'anyone',

  'competitions.updateInfo': organizer,
  'tracks.add': organizer,
  'tracks.save': organizer,
  'tracks.remove': organizer,
  'entries.list': organizer,
  'entries.save': organizer,
  'entries.remove': organizer,
  'judges.list': organizer,
  'judges.save': organizer,
  'judges.remove': organizer,
  'import.preview': organizer,
  'import.apply': organizer,
  'draw.get': organizer,
  'draw.run': organizer,
  'recusals.list': organizer,
  'recusals.suggest': organizer,
  'recusals.set': organizer,
  'panel.get': headTable,
  'panel.list': headTable,
  'panel.setSeats': organizer,
  'panel.setOfficials': organizer,
  'judgeFiles.export': organizer,
  'judgeFiles.status': organizer,
  'judgeKeys.list': headTable,
  'judgeKeys.accept': headTable,
  'judgeKeys.retire': headTable,
  'scoreFiles.merge': organizer,
  'completeness.get': headTable,
  'paperSheets.export': organizer,
  'paperSheets.exportAll': organizer,
  'paperSheets.import': organizer,
  'objective.set': organizer,
  // Quiz points are the scorekeeper's, as typed one by one; deductions are the head table's.
  'quizPoints.preview': organizer,
  'quizPoints.apply': organizer,
  'deductions.preview': headTable,
  'deductions.apply': headTable,
  'penalties.add': headTable,
  'penalties.remove': headTable,
  'singleAwards.add': headTable,
  'singleAwards.remove': headTable,
  'results.get': headTable,
  'status.board': headTable,
  'results.history': headTable,
  'results.exportWorkbook': headTable,
  'conflicts.list': headTable,
  'conflicts.decided': headTable,
  'mergeHistory.list': headTable,
  'conflicts.resolve': headJudge,
  'results.lock': headJudge,
  // Signed publication: the head table prints the posted list with its code; the organizer
  // hands out the signed file.
  'signedResults.get': headTable,
  'signedResults.export': organizer,
  // The scorekeeper's grids. The third look at a disagreement may be the head judge's.
  'doubleEntry.sheets': organizer,
  'doubleEntry.get': headTable,
  'doubleEntry.type': organizer,
  'doubleEntry.finish': organizer,
  'doubleEntry.resolve': headTable,
  'penalties.setForRule': headTable,
  // Before the lock and at the ceremony: information and printouts for the head table.
  'consistency.get': headTable,
  'ceremony.script': headTable,
  'ceremony.settings': headTable,
  'ceremony.saveSettings': headTable,
  'ceremony.setBackground': headTable,

  // Live scoring on the hall network: the head table opens it and pairs the judges' devices;
  // the devices list is the head judge's to watch too.
  'lan.addresses': headTable,
  'lan.status': headTable,
  'lan.open': organizer,
  'lan.close': organizer,
  'lan.issueCodes': organizer,
  'lan.devices': headTable,
  'lan.revoke': organizer,

  // On stage: the head judge reviews and releases; the head table drives the big screen and
  // the timer; the big screen reads what it shows and nothing else.
  'review.queue': headTable,
  'review.setThreshold': headJudge,
  'review.decide': headJudge,
  'screen.settings': headTable,
  'screen.set': headTable,
  'screen.view': ['display', 'organizer', 'headJudge'],
  'screen.open': headTable,
  'timer.get': headTable,
  'timer.run': headTable,
  'timer.acceptDeduction': headJudge,
  // Appeals: the head table records one, the head judge decides it and sets the window.
  'appeals.list': headTable,
  'appeals.setWindow': headJudge,
  'appeals.file': headTable,
  'appeals.decide': headJudge,

  'sheet.get': judge,
  'sheet.setScore': judge,
  'sheet.submit': judge,
  'sheet.pushState': judge,
  'scoreFiles.export': judge,

  'backups.list': ownStore,
  'backups.restore': ownStore,
};

/**
 * Whether the big screen may make `name`: only a call that names the display role. A call open
 * to 'anyone' (open a competition, change the settings) is not the display's either.
 */
export function displayMayCall(name: CallName): boolean {
  const allowed = callRoles[name];
  return allowed !== 'anyone' && allowed.includes('display');
}

/** Whether a caller holding `roles` may make `name`. */
export function mayCall(name: CallName, roles: readonly CallerRole[]): boolean {
  const allowed = callRoles[name];
  return allowed === 'anyone' || allowed.some((role) => roles.includes(role));
}
