import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed afterwards: real files, never mocks. */
export function tempDirsForEachTest(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'scoredesk-test-'));
    dirs.push(dir);
    return dir;
  };
}

export const sampleInfo = {
  name: '2026年全国科技馆辅导员大赛（测试赛区）',
  edition: '第九届',
  venue: '测试科技馆',
  startDate: '2026-10-20',
  endDate: '2026-10-22',
};
