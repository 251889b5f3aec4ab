import { join } from 'node:path';
import type { Db } from '../store/database';
import { writeFileAtomic } from './atomicWrite';
import type { KeyVault } from './keyVault';
import { exportScoreFile } from './scoreFileService';
import { submitSheet } from './sheetService';
import { ensureDir } from './storeFiles';

// The judge's score file, kept on the judge's own disk each time it is made. The screen then
// names the file and the folder it is in (请把评分文件交给记分员): where a browser puts a
// download is not something the app can know, and a judge who cannot find the file calls the
// head table over.

/** Beside the judge's store, in the data folder: the same place on every start. */
export const SCORE_FILES_FOLDER = '评分文件';

export interface KeptScoreFile {
  fileName: string;
  content: string;
  folder: string;
}

/** A new signed score file of this sheet, written into the data folder's 评分文件. */
export function keepScoreFile(db: Db, dataDir: string, vault: KeyVault): KeptScoreFile {
  const file = exportScoreFile(db, vault);
  const folder = join(dataDir, SCORE_FILES_FOLDER);
  ensureDir(folder);
  writeFileAtomic(join(folder, file.fileName), file.content);
  return { ...file, folder };
}

/** 提交: the submission recorded, and the file that carries it kept, ready to hand over. */
export function submitAndKeep(db: Db, dataDir: string, vault: KeyVault) {
  const submitted = submitSheet(db);
  const { fileName, folder } = keepScoreFile(db, dataDir, vault);
  return { ...submitted, fileName, folder };
}
