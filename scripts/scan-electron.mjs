#!/usr/bin/env node
// npm run scan:electron — Electronegativity (Doyensec's static Electron security scanner) over
// the main-process sources, the preload and the renderer's page. Not a dependency of the project
// (it brings ~400 packages): npx fetches it once into the npm cache, later runs work offline
// (its look-ups of translations and Electron releases fail quietly without a network).
// Findings and the known false positives: README.md, "Security notes".
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCANNER = '@doyensec/electronegativity@1.10.3';
const root = join(import.meta.dirname, '..');
const stage = mkdtempSync(join(tmpdir(), 'scoredesk-scan-'));
try {
  // The scanner walks a folder: give it only our code, not node_modules.
  cpSync(join(root, 'electron'), join(stage, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer', 'src'), join(stage, 'renderer', 'src'), { recursive: true });
  cpSync(join(root, 'renderer', 'index.html'), join(stage, 'renderer', 'index.html'));
  cpSync(join(root, 'package.json'), join(stage, 'package.json'));
  const electron = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const csv = join(stage, 'electronegativity.csv');
  const run = spawnSync(
    'npx',
    ['--yes', SCANNER, '-i', stage, '-r', '-e', electron, '-v', 'false', '-o', csv],
    { stdio: 'inherit', cwd: stage },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  const findings = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
  console.log(`\n${findings.length} finding(s), Electron ${electron}:`);
  for (const line of findings) console.log(`  ${line.split(',').slice(0, 5).join(' ')}`);
  console.log('Known false positives are explained in README.md, "Security notes".');
} finally {
  rmSync(stage, { recursive: true, force: true });
}
