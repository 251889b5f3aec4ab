import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const version: string = JSON.parse(
  readFileSync(join(repoRoot, 'package.json'), 'utf8'),
).version;
