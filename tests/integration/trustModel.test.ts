import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { retireJudgeKey } from '../../electron/services/judgeKeysService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { setSheetScore } from '../../electron/services/sheetService';
import { makeKeyPair, signWith } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { backupDir } from '../../electron/store/snapshots';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import {
  criteria,
  judgeLaptop,
  organizerStore,
  refusedCode,
  scoresDump,
} from '../helpers/judgingFixture';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

/** Every text value of every row of every table of a SQLite file: what a thief would try. */
function everySecretIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all() as Array<{ name: string }>;
    return tables.flatMap(({ name }) =>
      (db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>).flatMap(
        (row) => Object.values(row).filter((v): v is string => typeof v === 'string'),
      ),
    );
  } finally {
    db.close();
  }
}

/** A PKCS #8 Ed25519 key, or anything that signs as one; what does not, is passed over. */
function signsWith(secret: string, payload: string): string | null {
  try {
    return signWith(secret, payload);
  } catch {
    return null;
  }
}

describe('nothing forged', () => {
  it('refuses, for every judge, a score file signed with any secret of the organizer’s store or its snapshots', () => {
    const { db, judges } = organizerStore(tempDir());
    const laptops = judges.map((j) => judgeLaptop(db, j.id, tempDir()));
    const files = laptops.map((l, i) => ({
      name: `j${i}`,
      content: exportScoreFile(l.db).content,
    }));
    mergeScoreFiles(db, files); // also leaves a snapshot beside the store
    const before = scoresDump(db);
    const storeFiles = [
      db.name,
      ...readdirSync(backupDir(db.name)).map((f) => join(backupDir(db.name), f)),
    ];
    db.pragma('wal_checkpoint(TRUNCATE)');
    const secrets = [...new Set(storeFiles.flatMap(everySecretIn))];
    let forged = 0;
    for (const [i, file] of files.entries()) {
      const original = JSON.parse(file.content);
      const claim = { ...original, submissions: original.submissions + 1 };
      const { signature: _s, ...unsigned } = claim;
      for (const secret of secrets) {
        const signature = signsWith(secret, signedPayload(unsigned));
        if (!signature) continue;
        forged++;
        const [summary] = mergeScoreFiles(db, [
          { name: `forged-${i}`, content: encodeSignedFile({ ...unsigned, signature }) },
        ]);
        expect(summary!.status, `judge ${i + 1}`).toBe('refused');
      }
    }
    // The competition's own key is in the store (it signs judge files): it was tried, and failed.
    expect(forged).toBeGreaterThan(0);
    expect(scoresDump(db)).toBe(before);
  });

  it('refuses a forwarded judge file after the judge was re-keyed, and the files made from it', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const leaked = exportJudgeFile(db, judges[0]!.id).content;
    const real = judgeLaptop(db, judges[0]!.id, tempDir());
    // Someone else opens the forwarded file on their own laptop: a key of their own, never accepted.
    const thief = openStore(openJudgeFile(tempDir(), leaked));
    const [c] = criteria(thief);
    setSheetScore(thief, { entryId: entries[0]!.id, criterion: c!.code, value: 0 });
    const stolen = { name: 'stolen', content: exportScoreFile(thief).content };
    expect(mergeScoreFiles(db, [stolen])[0]!.reason?.code).toBe('merge.otherKey');

    // The laptop is lost: the head table retires the judge's key and issues a new judge file.
    retireJudgeKey(db, judges[0]!.id, '电脑遗失');
    const old = { name: 'old', content: exportScoreFile(real.db).content };
    expect(mergeScoreFiles(db, [old])[0]!.reason?.code).toBe('merge.retiredJudgeFile');
    expect(mergeScoreFiles(db, [stolen])[0]!.reason?.code).toBe('merge.retiredJudgeFile');
    // The old judge file opened anywhere, later, is still worth nothing at the head table.
    const late = openStore(openJudgeFile(tempDir(), leaked));
    expect(
      mergeScoreFiles(db, [{ name: 'late', content: exportScoreFile(late).content }])[0]!.reason
        ?.code,
    ).toBe('merge.retiredJudgeFile');
    // And on the judge's own laptop, once the new file was opened, the old one is refused.
    const renewed = exportJudgeFile(db, judges[0]!.id).content;
    const laptopDir = join(real.path, '..');
    real.db.close();
    expect(openJudgeFile(laptopDir, renewed)).toBe(real.path);
    expect(refusedCode(() => openJudgeFile(laptopDir, leaked))).toBe('judgeFile.olderKeyEpoch');
  });

  it('refuses in the judge’s app a judge file signed by another competition key', () => {
    const { db, judges } = organizerStore(tempDir());
    const laptop = tempDir();
    openJudgeFile(laptop, exportJudgeFile(db, judges[0]!.id).content);
    // A look-alike competition with the same id, made by someone else.
    const genuine = JSON.parse(exportJudgeFile(db, judges[1]!.id).content);
    const other = makeKeyPair();
    const { signature: _s, ...unsigned } = {
      ...genuine,
      competition: { ...genuine.competition, publicKey: other.publicKey },
    };
    const forged = encodeSignedFile({
      ...unsigned,
      signature: signWith(other.privateKey, signedPayload(unsigned)),
    });
    expect(refusedCode(() => openJudgeFile(laptop, forged))).toBe('judgeFile.otherCompetitionKey');
    expect(readdirSync(laptop).filter((f) => f.endsWith('.scoredesk'))).toHaveLength(1);
  });

  it('keeps no secret of a judge in the organizer’s store, and no judge key in a judge file', () => {
    const db = createCompetitionStore(join(tempDir(), 'x.scoredesk'), sampleInfo, 'counselor');
    const columns = db.prepare("SELECT name FROM pragma_table_info('judges')").all();
    expect(columns.map((c) => (c as { name: string }).name)).not.toContain('secret_key');
    db.close();
    const { db: organizer, judges } = organizerStore(tempDir());
    const file = JSON.parse(exportJudgeFile(organizer, judges[0]!.id).content);
    expect(Object.keys(file.judge).sort()).toEqual([
      'id',
      'keyEpoch',
      'name',
      'organization',
      'region',
      // The judge's seat on each panel (1号评委 …): a number, not a secret.
      'seats',
    ]);
  });
});
