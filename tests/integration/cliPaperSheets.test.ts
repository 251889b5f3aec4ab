import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { openStore } from '../../electron/store/database';
import { scoresDump as dump } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const run = promisify(execFile);

function scoresDump(path: string) {
  const db = openStore(path);
  try {
    return dump(db);
  } finally {
    db.close();
  }
}
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();
const SLOW = 90_000;

async function scoredesk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('scoredesk sheets', () => {
  it(
    'writes blank sheets for every judge and imports filled ones, refusing a bad one',
    async () => {
      const dir = tempDir();
      const store = join(dir, '赛事.scoredesk');
      const db = createCompetitionStore(
        store,
        { name: '演示赛事', edition: '', venue: '', startDate: '', endDate: '' },
        'counselor',
      );
      // No marks yet: what a paper sheet brings is the judge's first mark, not a rival to a signed one.
      fillDemo(db, { seed: 1, entriesPerTrack: 3, judgesPerTrack: 2, blankShare: 1 });
      const panels = (db.prepare('SELECT COUNT(*) AS n FROM panel_members').get() as { n: number })
        .n;
      db.close();
      const out = join(dir, 'sheets');
      const written = await scoredesk('sheets', store, '--out', out);
      expect(written.code, written.stderr).toBe(0);
      const files = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
      expect(files).toHaveLength(panels);
      expect(files.every((f) => /^演示赛事-.+-\d+号评委 .+-评分表\.xlsx$/.test(f))).toBe(true);

      const fill = (name: string, value: number) => {
        const wb = XLSX.read(readFileSync(join(out, name)), { type: 'buffer', cellFormula: true });
        wb.Sheets[wb.SheetNames[0]!]!.C7 = { t: 'n', v: value };
        writeFileSync(join(out, name), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
      };
      fill(files[0]!, 1);
      const good = await scoredesk('sheets', 'import', store, join(out, files[0]!), '--lang', 'en');
      expect(good.code, good.stderr).toBe(0);
      expect(good.stdout).toContain('1 scores imported');

      const before = scoresDump(store);
      fill(files[1]!, 9999);
      const bad = await scoredesk('sheets', 'import', store, out, '--lang', 'en');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/C7: 9999 exceeds the maximum \d+/);
      expect(bad.stdout).toContain('no new scores');
      expect(scoresDump(store)).toBe(before);
    },
    SLOW,
  );
});
