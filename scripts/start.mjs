#!/usr/bin/env node
// `npm start`: build the renderer and the Electron bundles, then open the desktop window, or,
// when the Electron runtime binary is not installed, serve ScoreDesk to a browser instead.
// Arguments after `--` go to either (e.g. `npm start -- --port 8080` for the browser host).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinaryPath } from './electronRuntime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function step(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(process.execPath, [
  join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
  'build',
  '--logLevel',
  'warn',
]);
step(process.execPath, [join(root, 'scripts', 'build-electron.mjs')]);

const electron = electronBinaryPath(join(root, 'node_modules', 'electron'));
let child;
if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit', env });
} else {
  console.log(
    '未安装 Electron 运行时：改为在浏览器中提供评分台 (Electron runtime not installed: serving ScoreDesk in your browser instead)',
  );
  child = spawn(process.execPath, [join(root, 'bin', 'scoredesk.mjs'), 'serve', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
