import { rmSync } from 'node:fs';
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
import { readCompetition } from '../store/competitionTable';
import { type Db, inTransaction, openStore } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { readIssuedJudgeFiles, recordIssuedJudgeFile } from '../store/issuedJudgeFilesTable';
import { panelTracks, readJudgeKeyRecord, recusedEntryIds } from '../store/judgePanelsRead';
import { cellsOffRubric, fillJudgeStore, syncPanel } from '../store/judgeStore';
import { readJudges } from '../store/judgesTable';
import { readRole } from '../store/roleTable';
import { rubricFingerprint, sha256Hex, sign, verifySignature } from './signing';
import { ensureDir, listStoreFiles, storeFileName } from './storeFiles';

// Organizer → judge: the judge file out, and on the judge's laptop, the judge's own store in.

/** What a judge file would say now, less the time of issue and the signature. */
function judgeFileContent(db: Db, judgeId: number): Omit<JudgeFile, 'signature' | 'issuedAt'> {
  const judge = readJudgeKeyRecord(db, judgeId);
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
 * record of what it said, so a later change shows it as stale (`judgeFilesStatus`).
 */
export function exportJudgeFile(db: Db, judgeId: number): { fileName: string; content: string } {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('judgeFile.notOrganizerStore');
  const content = judgeFileContent(db, judgeId);
  const unsigned: Omit<JudgeFile, 'signature'> = { ...content, issuedAt: new Date().toISOString() };
  recordIssuedJudgeFile(db, {
    judgeId,
    contentHash: judgeFileContentHash(content),
    rubricFingerprint: content.rubricFingerprint,
    entries: content.entries.length,
    issuedAt: unsigned.issuedAt,
  });
  // The key travels inside the file, so this signature guards against damage in transit, not
  // against forgery; what is forged against is the score file, verified with the organizer's key.
  const file: JudgeFile = {
    ...unsigned,
    signature: sign(content.judge.key, signedPayload(unsigned)),
  };
  return {
    fileName: `${fileNamePart(content.competition.name)} - 评委${fileNamePart(content.judge.name)}${JUDGE_FILE_EXTENSION}`,
    content: encodeSignedFile(file),
  };
}

export interface JudgeFileStatus {
  judgeId: number;
  judge: string;
  tracks: string[];
  /** never: no file issued yet; current: the last one says what a new one would; stale: not. */
  status: 'never' | 'current' | 'stale';
  /** What changed since the last file, when stale. */
  changed: Array<'rubric' | 'entries'>;
  issuedAt: string | null;
  times: number;
}

/** Organizer: for every judge on a panel, whether their last judge file still says it all. */
export function judgeFilesStatus(db: Db): JudgeFileStatus[] {
  const issued = readIssuedJudgeFiles(db);
  return readJudges(db)
    .filter((judge) => judge.tracks.length > 0)
    .map((judge) => {
      const last = issued.get(judge.id);
      const base = { judgeId: judge.id, judge: judge.name, tracks: judge.tracks };
      if (!last) return { ...base, status: 'never', changed: [], issuedAt: null, times: 0 };
      const now = judgeFileContent(db, judge.id);
      const changed: JudgeFileStatus['changed'] = [];
      if (now.rubricFingerprint !== last.rubricFingerprint) changed.push('rubric');
      if (judgeFileContentHash(now) !== last.contentHash && changed.length === 0) {
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
 * Judge: the judge's own store for a judge file, in the data folder; returns its path. The first
 * file of a judge makes the store; a newer one for the same judge and competition opens into it,
 * every mark kept (`syncPanel`). A failure leaves no new file behind and the old store as it was.
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

/** The store this judge already scores in for this competition, brought up to this file. */
function existingJudgeStore(dataDir: string, file: JudgeFile): string | undefined {
  for (const { path } of listStoreFiles(dataDir)) {
    let db: Db;
    try {
      db = openStore(path);
    } catch {
      continue; // Not ours to judge: another program's or a damaged file stays untouched.
    }
    try {
      if (!safely(() => sameJudge(db, file))) continue;
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
      inTransaction(db, () => syncPanel(db, file));
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

/** The same judge of the same competition, with the same key: their sheet, whatever changed. */
function sameJudge(db: Db, file: JudgeFile): boolean {
  const role = readRole(db);
  if (role.role !== 'judge' || role.judgeId !== file.judge.id) return false;
  if (readCompetition(db).id !== file.competition.id) return false;
  return readJudgeKeyRecord(db, file.judge.id)?.key === file.judge.key;
}
