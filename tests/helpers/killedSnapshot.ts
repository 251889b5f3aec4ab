// A child process killed in the middle of a snapshot, as by a power cut or the task manager: a
// worker thread watches the backups folder and kills the process the moment the copy has begun,
// while the main thread is still inside VACUUM INTO.
import { Worker } from 'node:worker_threads';
import { openStore } from '../../electron/store/database';
import { backupDir, snapshotBefore } from '../../electron/store/snapshots';

const path = process.argv[2]!;
const db = openStore(path);
const watcher = `
  const { existsSync, readdirSync } = require('node:fs');
  const { workerData, parentPort } = require('node:worker_threads');
  parentPort.postMessage('watching');
  for (;;) {
    if (existsSync(workerData) && readdirSync(workerData).some((n) => n.includes('.partial'))) {
      process.kill(process.pid, 'SIGKILL');
    }
  }
`;
const worker = new Worker(watcher, { eval: true, workerData: backupDir(path) });
worker.once('message', () => {
  snapshotBefore(db, path, 'merge');
  // Reached only if the copy was too quick to be caught: the test then fails on the signal.
  process.exit(0);
});
