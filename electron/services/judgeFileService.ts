import { rmSync } from 'node:fs';
import { AppFailure } from '../../shared/errors';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import {
  JUDGE_FILE_EXTENSION,
  JUDGE_FILE_FORMAT,
  JUDGE_FILE_VERSION,
  type JudgeFile,
  parseJudgeFile,
} from '../../shared/formats/judgeFile';
import type { JudgeHall } from '../../shared/formats/judgeHall';
import {
  encodeSignedFile,
  fileNamePart,
  type ParseOutcome,
  signedPayload,
} from '../../shared/formats/signedFile';
import { translate } from '../../shared/i18n/catalog';
import { seatedName } from '../../shared/panel/seats';
import { readCompetition, readCompetitionKeys } from '../store/competitionTable';
import { type Db, inTransaction, openStore } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readIssuedJudgeFiles, recordIssuedJudgeFile } from '../store/issuedJudgeFilesTable';
import { writeJudgeHall } from '../store/judgeHallTable';
import { panelTracks, readJudgeIdentity, recusalReasons } from '../store/judgePanelsRead';
import { cellsOffRubric, fillJudgeStore, syncPanel } from '../store/judgeStore';
import { readJudges } from '../store/judgesTable';
import { type OwnKey, readOwnKey, writeOwnKey } from '../store/ownKeyTable';
import { judgeSeats } from '../store/panelSeatsTable';
import { readRole } from '../store/roleTable';
import { competitionInfoAt } from './competitionInfoService';
import { competitionKeyPair } from './competitionKeys';
import { type KeyVault, unsealedVault } from './keyVault';
import { applyAutoRecusals } from './recusalService';
import {
  keyFingerprint,
  makeKeyPair,
  rubricFingerprint,
  sha256Hex,
  signWith,
  verifyWith,
} from './signing';
import { ensureDir, listStoreFiles, storeFileName } from './storeFiles';

// Organizer → judge: the judge file out, and on the judge's laptop, the judge's own store in.

/** What a judge file would say now, less the time of issue and the signature. */
export function judgeFileContent(
  db: Db,
  judgeId: number,
  publicKey: string,
): Omit<JudgeFile, 'signature' | 'issuedAt'> {
  const identity = readJudgeIdentity(db, judgeId);
  if (!identity) throw AppFailure.of('judge.notFound', { id: judgeId });
  const judge = { ...identity, seats: judgeSeats(db, judgeId) };
  const tracks = panelTracks(db, judgeId);
  if (tracks.length === 0) throw AppFailure.of('judgeFile.noPanel', { judge: judge.name });
  const competition = readCompetition(db);
  const recused = recusalReasons(db, judgeId);
  // Recused entries travel too, marked: a row simply missing from the judge's sheet reads as a
  // mistake, and the judge would ask the head table about it mid-session.
  const entries = tracks.flatMap((track) =>
    readEntries(db, track.code).map(({ members: _members, ...entry }) => {
      const reason = recused.get(entry.id);
      return reason === undefined ? entry : { ...entry, recusal: { reason } };
    }),
  );
  return {
    format: JUDGE_FILE_FORMAT,
    version: JUDGE_FILE_VERSION,
    competition: {
      id: competition.id,
      name: competition.name,
      edition: competition.edition,
      venue: competition.venue,
      startDate: competition.startDate,
      endDate: competition.endDate,
      publicKey,
    },
    judge,
    tracks,
    entries,
    rubricFingerprint: rubricFingerprint(tracks),
  };
}

/** Compares what was issued with what would be issued now: the time of issue does not count. */
export const judgeFileContentHash = (content: Omit<JudgeFile, 'signature' | 'issuedAt'>) =>
  sha256Hex(signedPayload(content));

/**
 * Organizer: one judge's file — their panel's structure and entries, their key, signed — and a
 * record of what it said, so a later change shows it as stale (`judgeFilesStatus`). With the
 * hall open, the file names it (`hall`): the judge's app then pushes its marks there live.
 */
export function exportJudgeFile(
  db: Db,
  judgeId: number,
  hall: JudgeHall | null = null,
): { fileName: string; content: string } {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('judgeFile.notOrganizerStore');
  // Recusal by organization holds for whatever changed since the panel was saved.
  applyAutoRecusals(db, { judgeId });
  const keys = competitionKeyPair(db);
  const content = judgeFileContent(db, judgeId, keys.publicKey);
  // The hall is not part of what a judge file says about the competition: opening or closing it
  // does not make the files already issued stale (the content hash leaves it out).
  const unsigned: Omit<JudgeFile, 'signature'> = {
    ...content,
    ...(hall ? { hall } : {}),
    issuedAt: new Date().toISOString(),
  };
  recordIssuedJudgeFile(db, {
    judgeId,
    contentHash: judgeFileContentHash(content),
    rubricFingerprint: content.rubricFingerprint,
    // The entries the judge scores: the recused ones travel only to be shown.
    entries: content.entries.filter((entry) => !entry.recusal).length,
    issuedAt: unsigned.issuedAt,
    seats: canonicalJson(content.judge.seats ?? {}),
  });
  // Signed with the competition's key: the judge's app refuses a judge file that a key other
  // than the one it pinned signed. No secret of the judge's travels in it.
  const file: JudgeFile = {
    ...unsigned,
    signature: signWith(keys.privateKey, signedPayload(unsigned)),
  };
  return {
    fileName: `${fileNamePart(content.competition.name)} - ${fileNamePart(judgeFileWho(content.judge))}${JUDGE_FILE_EXTENSION}`,
    content: encodeSignedFile(file),
  };
}

/** The judge as the file's name says it: by seat when they sit on one panel, as at the venue. */
function judgeFileWho(judge: { name: string; seats?: Record<string, number> }): string {
  const seats = Object.values(judge.seats ?? {});
  return seats.length === 1
    ? seatedName({ name: judge.name, seat: seats[0]! }, 'zh-CN')
    : translate('zh-CN', 'fileName.unseatedJudge', { name: judge.name });
}

export interface JudgeFileStatus {
  judgeId: number;
  judge: string;
  tracks: string[];
  /** never: no file issued yet; current: the last one says what a new one would; stale: not. */
  status: 'never' | 'current' | 'stale';
  /** What changed since the last file, when stale. */
  changed: Array<'competition' | 'rubric' | 'entries' | 'seats'>;
  issuedAt: string | null;
  times: number;
}

/** Organizer: for every judge on a panel, whether their last judge file still says it all. */
export function judgeFilesStatus(db: Db): JudgeFileStatus[] {
  const issued = readIssuedJudgeFiles(db);
  const publicKey = readCompetitionKeys(db).publicKey ?? '';
  return readJudges(db)
    .filter((judge) => judge.tracks.length > 0)
    .map((judge) => {
      const last = issued.get(judge.id);
      const base = { judgeId: judge.id, judge: judge.name, tracks: judge.tracks };
      if (!last) return { ...base, status: 'never', changed: [], issuedAt: null, times: 0 };
      const now = judgeFileContent(db, judge.id, publicKey);
      const changed: JudgeFileStatus['changed'] = [];
      // The issued file's signature stays good; it names the competition as it was called then.
      const then = judgeFileContentHash(now) !== last.contentHash && asIssued(db, now, last);
      if (then) changed.push('competition');
      if (now.rubricFingerprint !== last.rubricFingerprint) changed.push('rubric');
      // A file from before seats names none: stale too, the judge's sheet shows no seat.
      if (last.seats !== canonicalJson(now.judge.seats ?? {})) changed.push('seats');
      const rest = then ? judgeFileContentHash(then) : judgeFileContentHash(now);
      if (rest !== last.contentHash && !changed.some((c) => c !== 'competition')) {
        changed.push('entries');
      }
      return {
        ...base,
        status: changed.length > 0 ? 'stale' : 'current',
        changed,
        issuedAt: last.issuedAt,
        times: last.times,
      };
    });
}

/**
 * What the judge file would say now with the competition's details as they were when the last
 * one was issued, or false when they have not changed since: a rename tells itself apart from
 * a change of roster.
 */
function asIssued(
  db: Db,
  now: Omit<JudgeFile, 'signature' | 'issuedAt'>,
  last: { issuedAt: string },
): Omit<JudgeFile, 'signature' | 'issuedAt'> | false {
  const info = competitionInfoAt(db, last.issuedAt);
  if (!info) return false;
  const same = (['name', 'edition', 'venue', 'startDate', 'endDate'] as const).every(
    (key) => info[key] === now.competition[key],
  );
  return same ? false : { ...now, competition: { ...now.competition, ...info } };
}

/** Parses and checks a judge file; refused with the reason as an AppFailure. */
export function readJudgeFile(content: string): JudgeFile {
  return checkParsedJudgeFile(parseJudgeFile(content));
}

/** The same checks on a judge file already parsed (in the untrusted-file worker). */
export function checkParsedJudgeFile(outcome: ParseOutcome<JudgeFile>): JudgeFile {
  if (!outcome.ok) throw new AppFailure([outcome.error]);
  const { file, payload } = outcome;
  if (!verifyWith(file.competition.publicKey, payload, file.signature)) {
    throw AppFailure.of('judgeFile.badSignature');
  }
  if (rubricFingerprint(file.tracks) !== file.rubricFingerprint) {
    throw AppFailure.of('judgeFile.invalid', { detail: 'rubricFingerprint' });
  }
  return file;
}

/**
 * Judge: the judge's own store for a judge file, in the data folder; returns its path. The first
 * file of a judge makes the store; a newer one for the same judge and competition opens into it,
 * every mark kept (`syncPanel`). A failure leaves no new file behind and the old store as it was.
 */
export function openJudgeFile(
  dataDir: string,
  content: string,
  vault: KeyVault = unsealedVault,
): string {
  return openCheckedJudgeFile(dataDir, readJudgeFile(content), vault);
}

/**
 * As openJudgeFile, for a file parsed in the worker and checked (`checkParsedJudgeFile`). The
 * judge's key pair is made here, on the judge's own device, the first time (and again after the
 * organizer retired the judge's key): its private half never leaves this store.
 */
export function openCheckedJudgeFile(
  dataDir: string,
  file: JudgeFile,
  vault: KeyVault = unsealedVault,
): string {
  ensureDir(dataDir);
  const existing = existingJudgeStore(dataDir, file, vault);
  if (existing) return existing;
  const path = storeFileName(dataDir, `${file.competition.name} - 评委${file.judge.name}`);
  let db: Db | undefined;
  try {
    db = openStore(path, { create: true });
    const store = db;
    inTransaction(store, () => {
      fillJudgeStore(store, file);
      writeOwnKey(store, newOwnKey(vault, file.judge.keyEpoch));
      if (file.hall) writeJudgeHall(store, file.hall);
    });
    db.close();
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    throw error;
  }
  return path;
}

function newOwnKey(vault: KeyVault, epoch: number): OwnKey {
  const pair = makeKeyPair();
  return {
    publicKey: pair.publicKey,
    sealedPrivateKey: vault.seal(pair.privateKey),
    sealing: vault.sealing,
    epoch,
    createdAt: new Date().toISOString(),
  };
}

/**
 * The store this judge already scores in for this competition, brought up to this file. Every
 * judge store of the competition on this device pinned the competition's key from its first
 * judge file: a file signed with another key is refused, whoever it names.
 */
function existingJudgeStore(dataDir: string, file: JudgeFile, vault: KeyVault): string | undefined {
  const mine = listStoreFiles(dataDir).flatMap(({ path }) => {
    const store = safely(() => withStore(path, (db) => judgeStoreOf(db, file.competition.id)));
    return store ? [{ path, ...store }] : [];
  });
  for (const { pinnedKey } of mine) {
    if (pinnedKey !== file.competition.publicKey) {
      throw AppFailure.of('judgeFile.otherCompetitionKey', {
        pinned: keyFingerprint(pinnedKey),
        found: keyFingerprint(file.competition.publicKey),
      });
    }
  }
  const same = mine.find((store) => store.judgeId === file.judge.id);
  if (!same) return undefined;
  withStore(same.path, (db) => {
    const own = readOwnKey(db);
    if (own && file.judge.keyEpoch < own.epoch) {
      throw AppFailure.of('judgeFile.olderKeyEpoch', { judge: file.judge.name });
    }
    const off = cellsOffRubric(db, file.tracks);
    if (off.length > 0) {
      throw AppFailure.of('judgeFile.marksOffRubric', {
        count: off.length,
        marks: off
          .slice(0, 10)
          .map((c) => `${c.entryNo} · ${c.criterion}：${c.value / 100}`)
          .join('，'),
      });
    }
    inTransaction(db, () => {
      syncPanel(db, file);
      // A newer file issued while the hall was closed says nothing of it: the hall named before
      // stays (it opens again on the same address, with the same certificate).
      if (file.hall) writeJudgeHall(db, file.hall);
      // The organizer retired the judge's key: this device makes a new pair.
      if (!own || file.judge.keyEpoch > own.epoch) {
        writeOwnKey(db, newOwnKey(vault, file.judge.keyEpoch));
      }
    });
  });
  return same.path;
}

function withStore<T>(path: string, work: (db: Db) => T): T {
  const db = openStore(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const safely = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** A judge's copy of this competition: which judge, and the competition key it pinned. */
function judgeStoreOf(
  db: Db,
  competitionId: string,
): { judgeId: number; pinnedKey: string } | undefined {
  const role = readRole(db);
  if (role.role !== 'judge' || role.judgeId === null) return undefined;
  if (readCompetition(db).id !== competitionId) return undefined;
  const { publicKey } = readCompetitionKeys(db);
  return publicKey ? { judgeId: role.judgeId, pinnedKey: publicKey } : undefined;
}
