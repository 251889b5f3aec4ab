import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { listSnapshots, snapshotBefore } from '../../electron/store/snapshots';
import { organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// One writer at a time, with real processes on a real file: the command line does not replace or
// change a store the app has open, and two writers take turns instead of one failing.

const tempDir = tempDirsForEachTest();
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'scoredesk.mjs');
const writer = join(root, 'tests', 'helpers', 'storeWriter.ts');

/** A child process and its output, line by line. */
function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const queue: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  lines.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queue.push(line);
  });
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const line = queue.shift();
      if (line !== undefined) resolve(line);
      else waiting.push(resolve);
    });
  return { child, nextLine, say: (line: string) => child.stdin!.write(`${line}\n`) };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

const cli = (args: string[]) =>
  run(process.execPath, [bin, ...args]).then(
    (ok) => ({ code: 0, stdout: ok.stdout, stderr: ok.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

function store() {
  const { db } = organizerStore(tempDir());
  const path = db.name;
  const snapshot = snapshotBefore(db, path, 'merge')!;
  db.close();
  return { path, snapshot };
}

const teamNames = (path: string) => {
  const db = openStore(path);
  try {
    return readEntries(db).map((e) => e.name);
  } finally {
    db.close();
  }
};

describe('the command line and the app', () => {
  it('refuses a restore while the app has the store open, in the user’s language', async () => {
    const { path, snapshot } = store();
    const app = start(['app', tempDir(), path]);
    expect(await app.nextLine()).toBe('open');

    const zh = await cli(['restore', path, snapshot.name]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('正在');
    expect(zh.stderr).not.toContain('意外');
    const en = await cli(['restore', path, snapshot.name, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('in use');
    // Nothing was replaced: what the app saves afterwards is in the store.
    app.say(
      `entries.save ${JSON.stringify({
        entry: {
          track: 'drama',
          group: 'main',
          no: 'A01',
          name: '恢复之后的队',
          organization: '科技馆',
          region: '北京',
          title: '',
          status: 'competing',
          members: [],
        },
      })}`,
    );
    expect(JSON.parse(await app.nextLine())).toMatchObject({ ok: true });
    expect(listSnapshots(path).map((s) => s.reason)).not.toContain('restore');
    app.child.kill('SIGKILL');
    await exited(app.child);
    expect(teamNames(path)).toContain('恢复之后的队');

    // The app was killed, not closed: its lock went with it, and the restore now goes ahead.
    const after = await cli(['restore', path, snapshot.name]);
    expect(after.code).toBe(0);
    expect(teamNames(path)).not.toContain('恢复之后的队');
  }, 60_000);

  it('refuses the other writing commands too, and still answers reading ones', async () => {
    const { path } = store();
    const app = start(['app', tempDir(), path]);
    expect(await app.nextLine()).toBe('open');
    const refused = await cli(['roster', 'import', path, join(tempDir(), 'none.xlsx')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('正在');
    const merge = await cli(['merge', path, join(tempDir(), 'none.scoredesk-scores')]);
    expect(merge.stderr).toContain('正在');
    const shown = await cli(['show', path]);
    expect(shown.code).toBe(0);
    app.child.kill('SIGKILL');
    await exited(app.child);
  }, 60_000);
});

describe('two writers', () => {
  it('take turns: the second waits for the first instead of failing at once', async () => {
    const { path } = store();
    const first = start(['hold', path]);
    expect(await first.nextLine()).toBe('holding');
    const second = start(['save', path]);
    expect(await second.nextLine()).toBe('saving');
    // The first finishes a moment after the second began its change, so that the second meets
    // the held lock (before the fix it failed there at once with "database is locked"). Any
    // moment shorter than the busy timeout (5 s) must pass: the pause sets the scene only.
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.say('go');
    expect(await second.nextLine()).toBe('saved');
    await Promise.all([exited(first.child), exited(second.child)]);
    expect(teamNames(path)).toContain('后来的队');
  }, 60_000);
});
