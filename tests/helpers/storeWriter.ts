// Another process with the same competition file open, for the one-writer tests.
//   app <dataDir> <store>: opens it as the app (or `scoredesk serve`) does, says "open", then stays.
//   hold <store>: takes the store's write lock, says "holding", commits when told ("go").
//   save <store>: says "saving", then adds a team through the roster's own path, says "saved".
import { createInterface } from 'node:readline';
import { createBackend } from '../../electron/ipc/backend';
import { saveEntry } from '../../electron/services/rosterService';
import { confSettings } from '../../electron/services/settings';
import { openStore } from '../../electron/store/database';
import { AppFailure } from '../../shared/errors';

const [mode, a, b] = process.argv.slice(2);
const lines = createInterface({ input: process.stdin });

if (mode === 'app') {
  const backend = createBackend({
    dataDir: a!,
    settings: confSettings(`${a}/config`),
    shell: 'browser',
    version: 'test',
  });
  const opened = await backend.dispatch('competitions.open', { path: b! });
  console.log(opened.ok ? 'open' : JSON.stringify(opened));
  lines.on('line', async (line) => {
    const [call, json] = line.split(' ', 2);
    console.log(JSON.stringify(await backend.dispatch(call!, JSON.parse(json ?? '{}'))));
  });
} else if (mode === 'hold') {
  const db = openStore(a!);
  db.exec('BEGIN IMMEDIATE');
  db.prepare('UPDATE competition SET name = name').run();
  console.log('holding');
  lines.once('line', () => {
    db.exec('COMMIT');
    db.close();
    process.exit(0);
  });
} else if (mode === 'save') {
  const db = openStore(a!);
  console.log('saving');
  try {
    saveEntry(db, {
      track: 'drama',
      group: 'main',
      no: 'W01',
      name: '后来的队',
      organization: '科技馆',
      region: '北京',
      title: '',
      status: 'competing',
      members: [],
    });
    console.log('saved');
  } catch (error) {
    console.log(error instanceof AppFailure ? JSON.stringify(error.errors) : String(error));
  }
  db.close();
  process.exit(0);
}
