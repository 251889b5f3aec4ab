import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mergeScoreFilesInWorker } from '../electron/services/mergeService';
import { openStore } from '../electron/store/database';
import { copyStore } from './fixture';
import { report } from './report';

// The app's and the CLI's merge: each file read and parsed in the untrusted-file worker while
// the one before it is merged. Run two ways (bench/run.ts): under tsx, as `scoredesk merge`
// runs, where the worker too starts through tsx; and bundled by esbuild next to the bundled
// worker, as Electron's main.cjs sits next to parseWorker.cjs. argv: <task name> <work dir>

async function main(task: string, dir: string): Promise<void> {
  const db = openStore(copyStore(join(dir, 'organizer.scoredesk'), join(dir, `${task}.scoredesk`)));
  const folder = join(dir, 'files');
  const files = readdirSync(folder)
    .sort()
    .map((name) => ({ name, source: { path: join(folder, name) } }));
  const start = performance.now();
  const value = await mergeScoreFilesInWorker(db, files);
  const ms = performance.now() - start;
  if (value.some((f) => f.status !== 'applied')) throw new Error('a file was refused');
  db.close();
  report({ task, ms, files: files.length });
}

const [task, dir] = process.argv.slice(2);
if (!task || !dir) throw new Error('usage: mergeWorkerTask <task name> <dir>');
main(task, dir).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
