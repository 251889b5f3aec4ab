import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// `scoredesk serve --lan` refuses, in the organizer's words, what would open the hall where
// nobody meant it to be. (Its serving is driven in lanLoad.test.ts.)

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();

async function scoredesk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('scoredesk serve --lan', () => {
  it('lists the addresses and refuses every interface unless told so, or a foreign address', async () => {
    const dir = tempDir();
    const store = join(dir, 'hall.scoredesk');
    createCompetitionStore(store, sampleInfo, 'counselor').close();
    const common = ['--store', store, '--data-dir', dir, '--config-dir', join(dir, 'config')];

    const every = await scoredesk('serve', '--lan', ...common, '--address', '0.0.0.0');
    expect(every.code).toBe(1);
    expect(every.stdout).toContain('本机的网络地址：');
    expect(every.stdout).toContain('127.0.0.1');
    expect(every.stderr).toContain('--every-interface');

    const foreign = await scoredesk(
      'serve',
      '--lan',
      ...common,
      '--address',
      '192.0.2.250',
      '--lang',
      'en',
    );
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('192.0.2.250 is not an address of this computer');

    const noStore = await scoredesk(
      'serve',
      '--lan',
      '--data-dir',
      dir,
      '--config-dir',
      join(dir, 'config'),
    );
    expect(noStore.code).toBe(1);
    expect(noStore.stderr).toContain('--store');
  });
});
