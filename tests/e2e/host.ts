import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `scoredesk serve` as a user would, on real folders, and reads the address it prints. */
export function startHost(dataDir: string, configDir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'bin', 'scoredesk.mjs'),
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--config-dir',
      configDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SCOREDESK_URL=(\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        dataDir,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

interface Fixtures {
  folders: { dataDir: string; configDir: string };
  host: RunningHost;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  folders: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'scoredesk-e2e-'));
    await use({ dataDir: join(dir, 'data'), configDir: join(dir, 'config') });
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ folders }, use) => {
    const host = await startHost(folders.dataDir, folders.configDir);
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';

/** Full-page screenshots of every screen, kept with the test results for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(root, 'test-results', 'screens', `${name}.png`),
    fullPage: true,
  });
}
