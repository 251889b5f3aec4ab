import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { openJudgeFile } from '../../electron/services/judgeFileService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { keyFingerprint } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { readJudges } from '../../electron/store/judgesTable';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import { readTracks } from '../../electron/store/tracksTable';
import { tempDirsForEachTest } from '../helpers/tempDir';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();
const demoInfo = { name: '演示赛事 Demo', edition: '', venue: '', startDate: '', endDate: '' };
// Each run of the command line starts tsx afresh (about two seconds).
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

/** A demo competition (3 judges per track), one judge's file, and that judge's score file. */
async function setUp() {
  const dir = tempDir();
  const store = join(dir, '赛事.scoredesk');
  const db = createCompetitionStore(store, demoInfo, 'counselor');
  fillDemo(db, { seed: 1, entriesPerTrack: 3, judgesPerTrack: 3 });
  const judge = readJudges(db).find((j) => j.tracks.includes('drama'))!;
  db.close();

  const judgeFile = join(dir, 'judge.scoredesk-judge');
  const written = await scoredesk(
    'judge-file',
    store,
    '--judge',
    String(judge.id),
    '--out',
    judgeFile,
  );
  expect(written.code).toBe(0);
  expect(written.stdout).toContain(judgeFile);

  const laptop = openStore(openJudgeFile(join(dir, 'laptop'), readFileSync(judgeFile, 'utf8')));
  const criterion = readTracks(laptop)[0]!.segments[0]!.criteria[0]!;
  const entry = readSheet(laptop).entries[0]!;
  // The demo already holds revision-1 marks for this judge; revision 2 replaces one of them.
  setSheetScore(laptop, { entryId: entry.id, criterion: criterion.code, value: criterion.step });
  setSheetScore(laptop, { entryId: entry.id, criterion: criterion.code, value: criterion.max });
  const folder = join(dir, 'usb');
  mkdirSync(folder);
  const scoreFile = join(folder, 'a.scoredesk-scores');
  writeFileSync(scoreFile, exportScoreFile(laptop).content);
  const fingerprint = keyFingerprint(readOwnKey(laptop)!.publicKey);
  laptop.close();
  return { dir, store, judge, judgeFile, folder, scoreFile, fingerprint };
}

/** The head table reads the judge's fingerprint off the judge's screen and accepts it. */
async function acceptKey(store: string, judgeId: number, fingerprint: string) {
  const accepted = await scoredesk(
    'keys',
    store,
    '--accept',
    '--judge',
    String(judgeId),
    '--fingerprint',
    fingerprint,
    '--lang',
    'en',
  );
  expect(accepted.code).toBe(0);
  expect(accepted.stdout).toContain(`${fingerprint}  Accepted`);
}

describe('scoredesk judge-file / verify / merge', () => {
  it(
    'verifies judge and score files, and says why a changed one is not intact',
    async () => {
      const { dir, store, judge, judgeFile, scoreFile, fingerprint } = await setUp();
      const judgeCheck = await scoredesk('verify', judgeFile, '--lang', 'en');
      expect(judgeCheck.code).toBe(0);
      expect(judgeCheck.stdout).toContain(`Judge file intact: 演示赛事 Demo; judge ${judge.name}`);
      expect(judgeCheck.stdout).toContain('panel drama');

      const unchecked = await scoredesk('verify', scoreFile);
      expect(unchecked.code).toBe(1);
      expect(unchecked.stderr).toContain('--store');
      expect(unchecked.stderr).toContain(fingerprint);
      // Not yet accepted by the head table: intact, but not yet the judge's.
      const waiting = await scoredesk('verify', scoreFile, '--store', store);
      expect(waiting.code).toBe(1);
      expect(waiting.stderr).toContain(fingerprint);
      // The first merge lists the key for the head table; accepted, the file verifies.
      expect((await scoredesk('merge', store, scoreFile)).code).toBe(1);
      await acceptKey(store, judge.id, fingerprint);
      const checked = await scoredesk('verify', scoreFile, '--store', store);
      expect(checked.code).toBe(0);
      expect(checked.stdout).toContain('评分文件完好：演示赛事 Demo');

      const tampered = join(dir, 'tampered.scoredesk-scores');
      writeFileSync(
        tampered,
        readFileSync(scoreFile, 'utf8').replace('"submissions":0', '"submissions":1'),
      );
      const bad = await scoredesk('verify', tampered, '--store', store, '--lang', 'en');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('signature does not match');
      const notOurs = join(dir, 'x.json');
      writeFileSync(notOurs, '{"hello":1}');
      expect((await scoredesk('verify', notOurs)).code).toBe(1);
    },
    SLOW,
  );

  it(
    'merges a folder, reports each file, and fails when one is refused',
    async () => {
      const { dir, store, judge, folder, scoreFile, fingerprint } = await setUp();
      // The judge's first file brings a key the head table has not seen: listed, not merged.
      const unseen = await scoredesk('merge', store, folder, '--lang', 'en');
      expect(unseen.code).toBe(1);
      expect(unseen.stderr).toContain(`has not been accepted yet (fingerprint ${fingerprint})`);
      const listed = await scoredesk('keys', store, '--lang', 'en');
      expect(listed.stdout).toContain(`${fingerprint}  Waiting`);
      await acceptKey(store, judge.id, fingerprint);
      const first = await scoredesk('merge', store, folder, '--lang', 'en');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/a\.scoredesk-scores: merged .* 1 updated/);

      const again = await scoredesk('merge', store, scoreFile, '--lang', 'en');
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('nothing new');

      writeFileSync(join(folder, 'b.json'), 'not json');
      const mixed = await scoredesk('merge', store, folder);
      expect(mixed.code).toBe(1);
      expect(mixed.stdout).toContain('无新内容');
      expect(mixed.stderr).toContain('b.json：已拒绝');

      expect((await scoredesk('merge', store, join(dir, 'missing'))).code).toBe(1);
      expect((await scoredesk('judge-file', store, '--judge', '1')).code).toBe(1);
    },
    SLOW,
  );
});
