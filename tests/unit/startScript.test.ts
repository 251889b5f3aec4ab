import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinaryPath, isElectronInstalled } from '../../scripts/electronRuntime.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'scoredesk-electron-pkg-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakePackage(name: string, options: { pathTxt?: string; binary?: boolean }): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(dir, 'dist', 'electron'), '');
  return dir;
}

describe('Electron runtime detection (never triggers the download)', () => {
  it("is false on this machine's layout (no binary downloaded)", () => {
    expect(isElectronInstalled(resolve('node_modules/electron'), {})).toBe(false);
  });

  it('is false without path.txt or without the binary', () => {
    expect(isElectronInstalled(fakePackage('none', {}), {})).toBe(false);
    expect(isElectronInstalled(fakePackage('nobin', { pathTxt: 'electron' }), {})).toBe(false);
  });

  it('finds dist/<path.txt>', () => {
    const dir = fakePackage('ok', { pathTxt: 'electron\n', binary: true });
    expect(electronBinaryPath(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = fakePackage('override', { pathTxt: 'electron', binary: true });
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') };
    expect(electronBinaryPath(fakePackage('other', { pathTxt: 'electron' }), env)).toBe(
      join(dir, 'dist', 'electron'),
    );
    expect(isElectronInstalled(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(tmp, 'missing') })).toBe(
      false,
    );
  });
});
