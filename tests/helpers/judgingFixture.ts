import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { acceptJudgeKey } from '../../electron/services/judgeKeysService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { readSheet, setSheetScore, submitSheet } from '../../electron/services/sheetService';
import { keyFingerprint } from '../../electron/services/signing';
import { type Db, openStore } from '../../electron/store/database';
import { recordPendingKey } from '../../electron/store/judgeKeysTable';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import { readRole } from '../../electron/store/roleTable';
import { readTracks } from '../../electron/store/tracksTable';
import { AppFailure } from '../../shared/errors';
import { sampleInfo } from './tempDir';

// A small judging competition on real store files, shared by the judging integration tests.

export const TRACK = 'drama';

/** An organizer's store: five judges on the drama panel, four teams, judge 5 recused from D04. */
export function organizerStore(dir: string, name = sampleInfo.name) {
  const db = createCompetitionStore(
    join(dir, 'organizer.scoredesk'),
    { ...sampleInfo, name },
    'counselor',
  );
  const judges = [1, 2, 3, 4, 5].map((n) =>
    saveJudge(db, { name: `评委${n}`, organization: `${n}号馆`, region: '北京', tracks: [TRACK] }),
  );
  const entries = [1, 2, 3, 4].map((n) =>
    saveEntry(db, {
      track: TRACK,
      group: 'main',
      no: `D0${n}`,
      name: `第${n}队`,
      organization: `馆${n}`,
      region: '浙江',
      title: '光的旅行',
      status: 'competing',
      members: [],
    }),
  );
  recuse(db, judges[4]!.id, entries[3]!.id);
  return { db, judges, entries };
}

export function recuse(db: Db, judgeId: number, entryId: number) {
  db.prepare(
    `INSERT INTO recusals (judge_id, entry_id, reason, source, created_at) VALUES (?, ?, '同单位', 'manual', '')`,
  ).run(judgeId, entryId);
}

export const criteria = (db: Db) =>
  readTracks(db)
    .find((t) => t.code === TRACK)!
    .segments.filter((s) => s.kind === 'judged')
    .flatMap((s) => s.criteria);

/**
 * The head table has compared the judge's fingerprint with the judge's screen and accepted the
 * key the judge's device made: what a judge's first score file asks for.
 */
export function acceptKeyOf(organizer: Db, judge: Db) {
  const own = readOwnKey(judge)!;
  const judgeId = readRole(judge).judgeId!;
  recordPendingKey(organizer, judgeId, own.publicKey, own.epoch);
  acceptJudgeKey(organizer, judgeId, keyFingerprint(own.publicKey));
}

/** A judge's laptop: the judge file opened into a store of its own, every cell scored. */
export function judgeLaptop(organizer: Db, judgeId: number, dir: string) {
  const path = openJudgeFile(dir, exportJudgeFile(organizer, judgeId).content);
  const db = openStore(path);
  acceptKeyOf(organizer, db);
  // A recused entry is on the sheet, greyed, and takes no mark.
  for (const entry of readSheet(db).entries.filter((e) => e.recusal === null)) {
    for (const [i, c] of criteria(db).entries()) {
      const value = Math.min(
        c.max,
        Math.round((c.max * (0.6 + 0.05 * ((judgeId + i) % 6))) / c.step) * c.step,
      );
      setSheetScore(db, { entryId: entry.id, criterion: c.code, value });
    }
  }
  submitSheet(db);
  return { db, path };
}

export const scoresDump = (db: Db) =>
  JSON.stringify({
    scores: db.prepare('SELECT * FROM scores ORDER BY judge_id, entry_id, criterion_id').all(),
    cleared: db
      .prepare('SELECT * FROM cleared_scores ORDER BY judge_id, entry_id, criterion_id')
      .all(),
  });

export function refusedCode(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error.errors[0]!.code;
    throw error;
  }
  throw new Error('expected a refusal');
}
