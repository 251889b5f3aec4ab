// Starts a worker written in TypeScript when ScoreDesk runs from its sources (CLI, local host,
// tests): registers tsx in the worker's own thread, then loads the entry named in workerData.
// (`execArgv: ['--import', 'tsx']` is not enough when the parent itself runs under tsx: the
// worker then does not get tsx's hooks on Node 20.) Electron runs the bundled .cjs instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
