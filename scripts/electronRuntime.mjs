// Finds the Electron runtime binary the way node_modules/electron/index.js does, but without its
// side effect: requiring 'electron' from Node downloads the binary when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The path of the installed Electron executable, or null when it is not installed.
 * @param {string} electronDir the electron package folder (node_modules/electron)
 * @param {Record<string, string | undefined>} [env] ELECTRON_OVERRIDE_DIST_PATH is honoured
 * @returns {string | null}
 */
export function electronBinaryPath(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, executable || 'electron')
    : executable
      ? join(electronDir, 'dist', executable)
      : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

/**
 * @param {string} electronDir
 * @param {Record<string, string | undefined>} [env]
 * @returns {boolean}
 */
export function isElectronInstalled(electronDir, env = process.env) {
  return electronBinaryPath(electronDir, env) !== null;
}
