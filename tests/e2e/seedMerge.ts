import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { setSheetScore } from '../../electron/services/sheetService';
import { signWith } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { criteria, judgeLaptop, organizerStore } from '../helpers/judgingFixture';

export const MERGE_COMPETITION = '合并报告演练';
export const OTHER_COMPETITION = '2026年浙江省科技馆辅导员大赛';

/**
 * An organizer's store in `dataDir` with five judges who scored on their own laptops, and the
 * files a scorekeeper gathers: the five score files, a judge file dropped in by mistake, a file
 * of another competition on this machine, a forged mark above the maximum, and judge 2's two
 * disagreeing copies of one sheet (for a second merge).
 */
export function seedMerge(dataDir: string, work: string) {
  mkdirSync(dataDir, { recursive: true });
  const files = join(work, 'files');
  mkdirSync(files, { recursive: true });
  const put = (name: string, content: string) => {
    const path = join(files, name);
    writeFileSync(path, content);
    return path;
  };
  const { db, judges, entries } = organizerStore(dataDir, MERGE_COMPETITION);
  mkdirSync(join(work, 'other'));
  const other = organizerStore(join(work, 'other'), OTHER_COMPETITION);
  try {
    const dir = (name: string) => {
      mkdirSync(join(work, name));
      return join(work, name);
    };
    const laptops = judges.map((j, n) => judgeLaptop(db, j.id, dir(`laptop${n + 1}`)));
    const c = criteria(db);
    // Judge 3 clears a mark after submitting (a blank); judge 4 changes one and does not submit.
    setSheetScore(laptops[2]!.db, { entryId: entries[1]!.id, criterion: c[1]!.code, value: null });
    setSheetScore(laptops[3]!.db, {
      entryId: entries[2]!.id,
      criterion: c[0]!.code,
      value: c[0]!.step,
    });
    const scoreFiles = laptops.map((l) => {
      const file = exportScoreFile(l.db);
      return put(file.fileName, file.content);
    });
    const judgeFile = put('评委1.scoredesk-judge', exportJudgeFile(db, judges[0]!.id).content);
    const otherLaptop = judgeLaptop(other.db, other.judges[0]!.id, dir('other-laptop'));
    const foreign = put('浙江-评委1.scoredesk-scores', exportScoreFile(otherLaptop.db).content);
    const forged = JSON.parse(exportScoreFile(laptops[4]!.db).content);
    forged.scores[0].value = c[0]!.max + c[0]!.step;
    const key = readOwnKey(laptops[4]!.db)!.sealedPrivateKey;
    const overMax = put(
      '评委5-改过.scoredesk-scores',
      encodeSignedFile({ ...forged, signature: signWith(key, signedPayload(forged)) }),
    );

    // Judge 2's sheet copied to a tablet; D01's first criterion typed differently on each.
    const tabletPath = join(work, 'tablet.scoredesk');
    laptops[1]!.db.exec(`VACUUM INTO '${tabletPath}'`);
    const tablet = openStore(tabletPath);
    setSheetScore(laptops[1]!.db, {
      entryId: entries[0]!.id,
      criterion: c[0]!.code,
      value: c[0]!.max,
    });
    setSheetScore(tablet, {
      entryId: entries[0]!.id,
      criterion: c[0]!.code,
      value: c[0]!.max - c[0]!.step,
    });
    const laptopAgain = put(
      '评委2-笔记本.scoredesk-scores',
      exportScoreFile(laptops[1]!.db).content,
    );
    const tabletFile = put('评委2-平板.scoredesk-scores', exportScoreFile(tablet).content);
    tablet.close();
    // The other competition's file sits beside this one on the organizer's machine.
    other.db.exec(`VACUUM INTO '${join(dataDir, `${OTHER_COMPETITION}.scoredesk`)}'`);
    for (const l of [...laptops, otherLaptop]) l.db.close();
    return {
      first: [...scoreFiles, judgeFile, foreign, overMax],
      second: [laptopAgain, tabletFile],
      criterion: c[0]!.name,
    };
  } finally {
    db.close();
    other.db.close();
  }
}
