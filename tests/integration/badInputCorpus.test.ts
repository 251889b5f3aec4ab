import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { mergeScoreFilesInWorker } from '../../electron/services/mergeService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import { readCompetitionKeys } from '../../electron/store/competitionTable';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import type { MergeFileSummary } from '../../shared/api/judging';
import { translate } from '../../shared/i18n/catalog';
import { buildCorpus, type CorpusItem } from '../helpers/badInputCorpus';
import { judgeLaptop, organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Every crafted bad file is refused with its stated reason, nothing is written to the store, and
// the app still answers afterwards. The corpus is generated here, into a temp folder.

const tempDir = tempDirsForEachTest();
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

/** Every row of every table, so "nothing written" means nothing at all. */
function dump(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{ name: string }>;
    // Except the merge history: a refused file is listed there, by design, and nothing else.
    return JSON.stringify(
      tables
        .filter(({ name }) => name !== 'merge_history')
        .map(({ name }) => [
          name,
          (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[])
            .map((row) => JSON.stringify(row))
            .sort(),
        ]),
    );
  } finally {
    db.close();
  }
}

const fileHash = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';

function setUp() {
  const dir = tempDir();
  const organizer = organizerStore(join(dir));
  const laptop = judgeLaptop(organizer.db, organizer.judges[0]!.id, tempDir());
  const scoreFile = exportScoreFile(laptop.db).content;
  const judgeKey = readOwnKey(laptop.db)!.sealedPrivateKey;
  laptop.db.close();
  const j5 = organizer.judges[4]!;
  const j5Laptop = judgeLaptop(organizer.db, j5.id, tempDir());
  const j5Key = readOwnKey(j5Laptop.db)!;
  j5Laptop.db.close();
  const input = {
    scoreFile,
    judgeKey,
    judgeFile: exportJudgeFile(organizer.db, organizer.judges[1]!.id).content,
    competitionKey: readCompetitionKeys(organizer.db).signingKey!,
    storePath: '',
    recused: {
      judgeId: j5.id,
      judgeName: j5.name,
      key: j5Key.sealedPrivateKey,
      publicKey: j5Key.publicKey,
      entryId: organizer.entries[3]!.id,
      entryNo: organizer.entries[3]!.no,
    },
  };
  const storePath = join(dir, 'organizer.scoredesk');
  organizer.db.close();
  // A second, closed store to copy and damage.
  const template = organizerStore(tempDir());
  const templatePath = template.db.name;
  template.db.close();
  const corpusDir = join(dir, 'corpus');
  mkdirSync(corpusDir);
  const items = buildCorpus(corpusDir, { ...input, storePath: templatePath });
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const backend = createBackend({
    dataDir,
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });
  return { dir, storePath, scoreFile, items, backend, dataDir, corpusDir };
}

const codeOf = (response: { ok: boolean; errors?: Array<{ code: string }> }) =>
  response.ok ? 'accepted' : response.errors![0]!.code;

describe('the bad-input corpus', () => {
  it('refuses every file with its stated reason, writes nothing, and stays responsive', async () => {
    const { storePath, scoreFile, items, backend, dataDir, corpusDir } = setUp();
    const byTarget = (target: CorpusItem['target']) => items.filter((i) => i.target === target);
    expect(items.length).toBeGreaterThanOrEqual(40);
    const refused = new Set<string>();
    const wrong: string[] = [];
    const check = (item: CorpusItem, code: string, route: string) => {
      if (code === item.code) refused.add(item.name);
      else wrong.push(`${route} ${item.name}: expected ${item.code}, got ${code}`);
    };

    // Stores: competitions.open refuses each; the file itself is left exactly as it was.
    for (const item of byTarget('store')) {
      const before = fileHash(item.path);
      check(item, codeOf(await backend.dispatch('competitions.open', { path: item.path })), 'open');
      expect(fileHash(item.path), item.name).toBe(before);
    }

    // Score files, through the IPC call (text in, parsed in the worker), all in one call.
    const opened = await backend.dispatch('competitions.open', { path: storePath });
    expect(opened.ok).toBe(true);
    const before = dump(storePath);
    const scoreItems = byTarget('score');
    const merged = await backend.dispatch('scoreFiles.merge', {
      files: scoreItems.map((item) => ({
        name: item.name,
        content: readFileSync(item.path, 'utf8'),
      })),
    });
    expect(merged.ok).toBe(true);
    const summaries = (merged as { value: MergeFileSummary[] }).value;
    for (const [i, item] of scoreItems.entries()) {
      const summary = summaries[i]!;
      check(item, summary.status === 'refused' ? summary.reason!.code : summary.status, 'ipc');
    }

    // And through the CLI's route: the worker reads each file from its path, within limits.
    const pathItems = [...scoreItems, ...byTarget('scorePath')];
    const db = backend.session.db();
    const viaPaths = await mergeScoreFilesInWorker(
      db,
      pathItems.map((item) => ({ name: item.name, source: { path: item.path } })),
    );
    for (const [i, summary] of viaPaths.entries()) {
      const item = pathItems[i]!;
      check(item, summary.status === 'refused' ? summary.reason!.code : summary.status, 'path');
    }
    expect(dump(storePath)).toBe(before);

    // Judge files: judgeFiles.open refuses each and makes no store in the data folder.
    const dataBefore = readdirSync(dataDir).sort();
    for (const item of byTarget('judge')) {
      const response = await backend.dispatch('judgeFiles.open', {
        file: { name: item.name, content: readFileSync(item.path, 'utf8') },
      });
      check(item, codeOf(response), 'judge');
    }
    expect(readdirSync(dataDir).sort()).toEqual(dataBefore);

    // Roster imports and paper score sheets: refused, the store unchanged.
    for (const item of byTarget('roster')) {
      const base64 = readFileSync(item.path).toString('base64');
      const response = await backend.dispatch('import.apply', {
        kind: 'roster',
        track: 'drama',
        file: { name: item.name, base64 },
      });
      check(item, codeOf(response), 'roster');
    }
    const sheets = byTarget('paperSheet');
    const sheetResponse = await backend.dispatch('paperSheets.import', {
      files: sheets.map((item) => ({
        name: item.name,
        base64: readFileSync(item.path).toString('base64'),
      })),
    });
    expect(sheetResponse.ok).toBe(true);
    for (const [i, item] of sheets.entries()) {
      const summary = (sheetResponse as { value: MergeFileSummary[] }).value[i]!;
      check(item, summary.status === 'refused' ? summary.reason!.code : summary.status, 'sheet');
    }

    expect(wrong).toEqual([]);
    expect(refused.size).toBe(items.length);
    expect(dump(storePath)).toBe(before);

    // Still responsive: the judge-file attempts left the organizer's store open, and a good
    // file merges at once.
    const current = await backend.dispatch('competitions.current', {});
    expect(current).toMatchObject({ ok: true, value: { path: storePath } });
    const good = await backend.dispatch('scoreFiles.merge', {
      files: [{ name: 'good.scoredesk-scores', content: scoreFile }],
    });
    expect(good).toMatchObject({ ok: true, value: [{ status: 'applied' }] });
    expect(dump(storePath)).not.toBe(before);
    backend.session.close();

    console.log(translate('en', 'corpus.refused', { count: refused.size }));
    rmSync(corpusDir, { recursive: true, force: true });
  }, 240_000);

  it('refuses the 200 MB file on the command line before reading it', async () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.scoredesk-scores');
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(huge, 'w');
    writeSync(fd, '}', 200 * 1024 * 1024);
    closeSync(fd);
    const result = await run(process.execPath, [bin, 'verify', huge, '--lang', 'en']).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The score file is too large');
    rmSync(huge, { force: true });
  }, 90_000);
});
