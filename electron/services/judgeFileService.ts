import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Track } from '../../shared/domain/rubric';
import { AppFailure } from '../../shared/errors';
import {
  JUDGE_FILE_EXTENSION,
  JUDGE_FILE_FORMAT,
  JUDGE_FILE_VERSION,
  type JudgeFile,
  parseJudgeFile,
} from '../../shared/formats/judgeFile';
import {
  encodeSignedFile,
  fileNamePart,
  type ParseOutcome,
  signedPayload,
} from '../../shared/formats/signedFile';
import { insertCompetition, readCompetition } from '../store/competitionTable';
import { type Db, inTransaction, openStore } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readRole, writeJudgeRole } from '../store/roleTable';
import { insertTrack, readTracks } from '../store/tracksTable';
import { rubricFingerprint, sign, verifySignature } from './signing';
import { ensureDir, listStoreFiles, storeFileName } from './storeFiles';

// Organizer → judge: the judge file out, and on the judge's laptop, the judge's own store in.

export interface JudgeRecord {
  id: number;
  name: string;
  organization: string;
  region: string;
  key: string;
}

export function readJudgeRecord(db: Db, judgeId: number): JudgeRecord | undefined {
  return db
    .prepare('SELECT id, name, organization, region, secret_key AS key FROM judges WHERE id = ?')
    .get(judgeId) as JudgeRecord | undefined;
}

/** The tracks whose panel the judge sits on, in the organizer's order. */
export function panelTracks(db: Db, judgeId: number): Track[] {
  const codes = new Set(
    (
      db
        .prepare(
          'SELECT t.code FROM panel_members p JOIN tracks t ON t.id = p.track_id WHERE p.judge_id = ?',
        )
        .all(judgeId) as Array<{ code: string }>
    ).map((row) => row.code),
  );
  return readTracks(db).filter((track) => codes.has(track.code));
}

export function recusedEntryIds(db: Db, judgeId: number): Set<number> {
  const rows = db.prepare('SELECT entry_id AS id FROM recusals WHERE judge_id = ?').all(judgeId);
  return new Set((rows as Array<{ id: number }>).map((row) => row.id));
}

/** Organizer: one judge's file — their panel's structure and entries, their key, signed. */
export function exportJudgeFile(db: Db, judgeId: number): { fileName: string; content: string } {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('judgeFile.notOrganizerStore');
  const judge = readJudgeRecord(db, judgeId);
  if (!judge) throw AppFailure.of('judge.notFound', { id: judgeId });
  const tracks = panelTracks(db, judgeId);
  if (tracks.length === 0) throw AppFailure.of('judgeFile.noPanel', { judge: judge.name });
  const competition = readCompetition(db);
  const recused = recusedEntryIds(db, judgeId);
  const entries = tracks.flatMap((track) =>
    readEntries(db, track.code)
      .filter((entry) => !recused.has(entry.id))
      .map(({ members: _members, ...entry }) => entry),
  );
  const unsigned: Omit<JudgeFile, 'signature'> = {
    format: JUDGE_FILE_FORMAT,
    version: JUDGE_FILE_VERSION,
    competition: {
      id: competition.id,
      name: competition.name,
      edition: competition.edition,
      venue: competition.venue,
      startDate: competition.startDate,
      endDate: competition.endDate,
    },
    judge,
    tracks,
    entries,
    rubricFingerprint: rubricFingerprint(tracks),
    issuedAt: new Date().toISOString(),
  };
  // The key travels inside the file, so this signature guards against damage in transit, not
  // against forgery; what is forged against is the score file, verified with the organizer's key.
  const file: JudgeFile = { ...unsigned, signature: sign(judge.key, signedPayload(unsigned)) };
  return {
    fileName: `${fileNamePart(competition.name)} - 评委${fileNamePart(judge.name)}${JUDGE_FILE_EXTENSION}`,
    content: encodeSignedFile(file),
  };
}

/** Parses and checks a judge file; refused with the reason as an AppFailure. */
export function readJudgeFile(content: string): JudgeFile {
  return checkParsedJudgeFile(parseJudgeFile(content));
}

/** The same checks on a judge file already parsed (in the untrusted-file worker). */
export function checkParsedJudgeFile(outcome: ParseOutcome<JudgeFile>): JudgeFile {
  if (!outcome.ok) throw new AppFailure([outcome.error]);
  const { file, payload } = outcome;
  if (!verifySignature(file.judge.key, payload, file.signature)) {
    throw AppFailure.of('judgeFile.badSignature');
  }
  if (rubricFingerprint(file.tracks) !== file.rubricFingerprint) {
    throw AppFailure.of('judgeFile.invalid', { detail: 'rubricFingerprint' });
  }
  return file;
}

/**
 * Judge: makes the judge's own store from a judge file, in the data folder, and returns its path.
 * Entries and the judge keep the organizer's ids and the competition its id, so the score file
 * speaks of the same things. A failure leaves no file behind. Opening the same judge file again
 * returns the store made the first time, marks and all.
 */
export function openJudgeFile(dataDir: string, content: string): string {
  return openCheckedJudgeFile(dataDir, readJudgeFile(content));
}

/** As openJudgeFile, for a file parsed in the worker and checked (`checkParsedJudgeFile`). */
export function openCheckedJudgeFile(dataDir: string, file: JudgeFile): string {
  ensureDir(dataDir);
  const existing = existingJudgeStore(dataDir, file);
  if (existing) return existing;
  const path = storeFileName(dataDir, `${file.competition.name} - 评委${file.judge.name}`);
  let db: Db | undefined;
  try {
    db = openStore(path, { create: true });
    const store = db;
    inTransaction(store, () => fillJudgeStore(store, file));
    db.close();
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    throw error;
  }
  return path;
}

function fillJudgeStore(db: Db, file: JudgeFile): void {
  const now = new Date().toISOString();
  insertCompetition(db, {
    ...file.competition,
    template: 'judge-file',
    createdAt: now,
    // The organizer's competition key never leaves the organizer; this one is unused.
    secretKey: randomBytes(32).toString('base64'),
  });
  const trackIds = new Map(file.tracks.map((track) => [track.code, insertTrack(db, track)]));
  const { judge } = file;
  db.prepare(
    `INSERT INTO judges (id, name, organization, region, secret_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(judge.id, judge.name, judge.organization, judge.region, judge.key, now);
  const member = db.prepare('INSERT INTO panel_members (judge_id, track_id) VALUES (?, ?)');
  for (const trackId of trackIds.values()) member.run(judge.id, trackId);
  const insertEntry = db.prepare(
    `INSERT INTO entries (id, track_id, group_id, no, draw_order, name, organization, region,
       title, status, created_at, updated_at)
     VALUES (@id, @trackId, (SELECT id FROM groups WHERE track_id = @trackId AND code = @group),
       @no, @drawOrder, @name, @organization, @region, @title, @status, @now, @now)`,
  );
  for (const entry of file.entries) {
    insertEntry.run({ ...entry, trackId: trackIds.get(entry.track), now });
  }
  writeJudgeRole(db, judge.id, file.rubricFingerprint);
}

/**
 * The store this judge already scores in, made from this judge file (or a re-issue of it with the
 * same competition, key, rubric and entries): opening the file again the next morning must bring
 * back the marks, not an empty sheet. Draw order and entry status are taken from the newer file.
 */
function existingJudgeStore(dataDir: string, file: JudgeFile): string | undefined {
  for (const { path } of listStoreFiles(dataDir)) {
    let db: Db;
    try {
      db = openStore(path);
    } catch {
      continue; // Not ours to judge: another program's or a damaged file stays untouched.
    }
    try {
      if (!safely(() => madeFrom(db, file))) continue;
      const update = db.prepare('UPDATE entries SET draw_order = ?, status = ? WHERE id = ?');
      inTransaction(db, () => {
        for (const entry of file.entries) update.run(entry.drawOrder, entry.status, entry.id);
      });
      return path;
    } finally {
      db.close();
    }
  }
  return undefined;
}

const safely = (check: () => boolean) => {
  try {
    return check();
  } catch {
    return false;
  }
};

function madeFrom(db: Db, file: JudgeFile): boolean {
  const role = readRole(db);
  if (role.role !== 'judge' || role.judgeId !== file.judge.id) return false;
  if (role.rubricFingerprint !== file.rubricFingerprint) return false;
  if (readCompetition(db).id !== file.competition.id) return false;
  if (readJudgeRecord(db, file.judge.id)?.key !== file.judge.key) return false;
  const stored = db.prepare('SELECT id FROM entries ORDER BY id').all() as Array<{ id: number }>;
  const wanted = file.entries.map((entry) => entry.id).sort((a, b) => a - b);
  return stored.length === wanted.length && stored.every((row, i) => row.id === wanted[i]);
}
