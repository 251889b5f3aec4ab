import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoreFile } from '../../shared/api/competition';
import type { CompetitionInfo } from '../../shared/domain/competition';
import { textKey } from '../../shared/domain/textKey';
import { AppFailure } from '../../shared/errors';
import { type Db, openStore } from '../store/database';
import { readIssuedJudgeFiles } from '../store/issuedJudgeFilesTable';
import { readRole } from '../store/roleTable';
import { type PeekedStore, peekStore } from '../store/storePeek';
import { takeWriterLock } from '../store/writerLock';
import { changeCompetitionInfo, competitionInfo } from './competitionInfoService';
import { closeStore, type Session } from './session';
import type { SettingsStore } from './settings';
import { listStoreFiles } from './storeFiles';

// The home screen's lists, and the rule that one competition has one file.
//
// Why a second competition of the same name and edition is refused rather than told apart: each
// store has its own competition key. Judge files from two stores of one event are signed by two
// keys, and a judge's laptop that pinned one refuses the other; score files merge into whichever
// the scorekeeper had open. A real organizer means one event, one file; a rehearsal is a
// competition of its own and says so in its name or edition (演练). Competitions that differ
// only in edition (the same event each year) are told apart on the list by edition, dates,
// venue, file name and when they were last opened.

/** A store's line on the home screen: its competition's details as the file says them now. */
export function storeLine(
  path: string,
  info: CompetitionInfo,
  at: string,
  role: StoreFile['role'] = 'organizer',
): StoreFile {
  return {
    path,
    at,
    role,
    name: info.name,
    edition: info.edition,
    venue: info.venue,
    startDate: info.startDate,
    endDate: info.endDate,
  };
}

/** A line refreshed from its file; as remembered when the file cannot be read (moved, away). */
function refreshed(line: StoreFile): StoreFile {
  const peeked = peekStore(line.path);
  return peeked ? storeLine(line.path, peeked, line.at, peeked.role) : line;
}

export function listCompetitions(dataDir: string, settings: SettingsStore) {
  const archived = settings.archived();
  const away = new Set(archived.map((f) => resolve(f.path)));
  return {
    recent: settings.recent().map(refreshed),
    inDataDir: listStoreFiles(dataDir)
      .filter((f) => !away.has(resolve(f.path)))
      .map(refreshed),
    archived: archived.map(refreshed),
  };
}

const NO_EDITION = '—';

/** Refuses a name and edition another organizer's store this machine knows already has. */
export function assertNoTwin(
  dataDir: string,
  settings: SettingsStore,
  info: Pick<CompetitionInfo, 'name' | 'edition'>,
  except?: string,
): void {
  const archived = new Set(settings.archived().map((f) => resolve(f.path)));
  const seen = new Set(except ? [resolve(except)] : []);
  const known = [...settings.recent(), ...settings.archived(), ...listStoreFiles(dataDir)];
  for (const { path } of known) {
    const key = resolve(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const store = existsSync(path) ? peekStore(path) : undefined;
    if (store?.role !== 'organizer' || !sameEvent(store, info)) continue;
    throw AppFailure.of(archived.has(key) ? 'competition.twinArchived' : 'competition.twin', {
      name: store.name,
      edition: store.edition || NO_EDITION,
      path,
    });
  }
}

const sameEvent = (store: PeekedStore, info: Pick<CompetitionInfo, 'name' | 'edition'>) =>
  textKey(store.name) === textKey(info.name) && textKey(store.edition) === textKey(info.edition);

/**
 * Renames the competition in its file; the file keeps its own name, so its snapshots, the
 * paths on the lists and any copy already handed on stay as they are. Audited. Judge files
 * already issued keep their signature (they say the old name) and show as stale.
 */
export function renameCompetition(
  session: Session,
  settings: SettingsStore,
  path: string,
  name: string,
): StoreFile & { issuedJudgeFiles: number } {
  const { line, issued } = withOrganizerStore(session, path, (db) => {
    const info = { ...competitionInfo(db), name };
    assertNoTwin(session.dataDir, settings, info, path);
    changeCompetitionInfo(db, info);
    const at = lineOf(settings, path)?.at ?? new Date().toISOString();
    return { line: storeLine(path, info, at), issued: readIssuedJudgeFiles(db).size };
  });
  settings.refresh(line);
  return { ...line, issuedJudgeFiles: issued };
}

/** Off the home screen's lists, onto 已归档; the file itself is not touched. */
export function archiveCompetition(settings: SettingsStore, path: string): void {
  const known = lineOf(settings, path);
  const peeked = peekStore(path);
  if (!known && !peeked) throw AppFailure.of('store.notFound', { path });
  if (peeked?.role === 'judge') throw AppFailure.of('competition.judgeCopy');
  const at = known?.at ?? new Date().toISOString();
  settings.archive(peeked ? storeLine(path, peeked, at, peeked.role) : known!);
}

const lineOf = (settings: SettingsStore, path: string) =>
  [...settings.recent(), ...settings.archived()].find((f) => f.path === path);

/**
 * Works on an organizer's store by its path: the one open in this window, or another one opened
 * for the while under its writer lock (refused while another window or command holds it).
 */
function withOrganizerStore<T>(session: Session, path: string, work: (db: Db) => T): T {
  const open = session.path !== null && resolve(session.path) === resolve(path);
  if (open) return checked(session.db(), work);
  const lock = takeWriterLock(path);
  try {
    const db = openStore(path);
    try {
      return checked(db, work);
    } finally {
      closeStore(db);
    }
  } finally {
    lock.release();
  }
}

function checked<T>(db: Db, work: (db: Db) => T): T {
  if (readRole(db).role === 'judge') throw AppFailure.of('competition.judgeCopy');
  return work(db);
}
