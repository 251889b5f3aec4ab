import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rendererDir = join(repoRoot, 'dist', 'renderer');

/** Where competitions are kept when no folder is named: the user's documents. */
export function defaultDataDir(): string {
  if (process.env.SCOREDESK_DATA_DIR) return resolve(process.env.SCOREDESK_DATA_DIR);
  const documents = join(homedir(), 'Documents');
  return join(existsSync(documents) ? documents : homedir(), 'ScoreDesk');
}

export function defaultConfigDir(): string {
  if (process.env.SCOREDESK_CONFIG_DIR) return resolve(process.env.SCOREDESK_CONFIG_DIR);
  return join(homedir(), '.config', 'scoredesk');
}
