import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { competitionFingerprint } from '../../electron/services/competitionKeys';
import { signResults } from '../../electron/services/resultsFileSigning';
import { lockResults } from '../../electron/services/resultsService';
import { saveEntry } from '../../electron/services/rosterService';
import { signedResultsFile } from '../../electron/services/signedResultsService';
import { keyFingerprint } from '../../electron/services/signing';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { parseResultsFile, type ResultsFile } from '../../shared/formats/resultsFile';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { seedCourseResults } from '../e2e/seedResults';
import { otherKeys } from '../helpers/resultsFileSample';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Signed publication end to end on a real competition file: lock, export the signed results
// file (service and command line), and `scoredesk verify` it as someone checking a posted list
// would — intact, altered, re-signed, not a results file, too old — in both languages.

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
const tempDir = tempDirsForEachTest();

async function scoredesk(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The course track of the e2e seed (four entries, five judges), locked as version 1. */
function lockedCompetition() {
  const dir = tempDir();
  const store = seedCourseResults(dir);
  const db = openStore(store);
  try {
    lockResults(db, 'course', '周裁判长', '');
    return { dir, store, fingerprint: competitionFingerprint(db)! };
  } finally {
    db.close();
  }
}

function exported(store: string) {
  const db = openStore(store);
  try {
    return signedResultsFile(db, 'course');
  } finally {
    db.close();
  }
}

function write(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('a signed results file from a locked version', () => {
  it('holds the rows as posted, and verifies with the competition’s fingerprint', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const signed = exported(store);
    expect(signed.fileName).toBe('课程赛项成绩测试-科学课程（活动）-v1.scoredesk-results');
    const rows = signed.file.groups.flatMap((group) => group.rows);
    expect(
      rows.map((r) => [r.rank, r.no, r.name, r.organization, r.final, r.award?.name.zh]),
    ).toEqual([
      [1, '001', '星火课程组', '001号科技馆', '81.00', '二等奖'],
      [2, '003', '小小科学家', '003号科技馆', '81.00', '三等奖'],
      [3, '002', '探索者小队', '002号科技馆', '80.67', '优秀奖'],
      [4, '004', '追光团队', '004号科技馆', '71.00', '优秀奖'],
    ]);
    expect(signed.file.publication).toMatchObject({ version: 1, lockedBy: '周裁判长' });
    expect(signed.file.competition.fingerprint).toBe(fingerprint);

    const file = write(dir, signed.fileName, signed.content);
    const zh = await scoredesk('verify', file, '--fingerprint', fingerprint);
    expect(zh.stderr).toBe('');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`成绩文件完好，由指纹为 ${fingerprint} 的赛事密钥签发`);
    expect(zh.stdout).toContain('课程赛项成绩测试 · 科学课程（活动） · 第 1 版（周裁判长 锁定于');
    expect(zh.stdout).toContain(`校验码：${signed.code}`);

    const en = await scoredesk('verify', file, '--fingerprint', fingerprint, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      `The results file is intact, signed by the competition key with fingerprint ${fingerprint}`,
    );
    expect(en.stdout).toContain(`Verification code: ${signed.code}`);
  });

  it('checks the code typed from the posted list, or scanned from its QR code', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const signed = exported(store);
    const file = write(dir, 'posted.scoredesk-results', signed.content);
    const typed = signed.code.toLowerCase().replace(/-/g, ' ');
    const good = await scoredesk('verify', file, '--fingerprint', fingerprint, '--code', typed);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(`校验码 ${signed.code} 与这份成绩文件一致。`);

    const qr = `SCOREDESK-RESULTS:2;code=${signed.code};key=${fingerprint};sha256=${signed.qr.sha256};track=course;version=1`;
    expect((await scoredesk('verify', file, '--fingerprint', fingerprint, '--code', qr)).code).toBe(
      0,
    );

    const other = signResults(
      { ...signed.file, publication: { ...signed.file.publication, version: 2 } },
      otherKeys.privateKey,
    ).code;
    const bad = await scoredesk('verify', file, '--fingerprint', fingerprint, '--code', other);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`校验码不符：您输入的 ${other} 不是这份成绩文件的校验码`);
  });

  it('is refused as altered when one score in it is changed', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const signed = exported(store);
    // 003's 81.00 becomes 91.00: still canonical JSON, still the same length.
    const altered = signed.content.replace(
      '"final":"81.00","name":"小小科学家"',
      '"final":"91.00","name":"小小科学家"',
    );
    expect(altered).not.toBe(signed.content);
    const file = write(dir, 'altered.scoredesk-results', altered);
    const zh = await scoredesk('verify', file, '--fingerprint', fingerprint);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('');
    expect(zh.stderr).toContain('无法确认这份公示成绩：成绩文件已被改动');
    const en = await scoredesk('verify', file, '--fingerprint', fingerprint, '--lang', 'en');
    expect(en.stderr).toContain(
      'This posted list cannot be confirmed: The results file was altered',
    );
  });

  it('is refused as another key’s when re-signed with another key pair', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const { signature: _, ...unsigned } = exported(store).file;
    const forged = signResults(
      {
        ...unsigned,
        competition: {
          ...unsigned.competition,
          publicKey: otherKeys.publicKey,
          fingerprint: keyFingerprint(otherKeys.publicKey),
        },
      },
      otherKeys.privateKey,
    );
    const file = write(dir, 'forged.scoredesk-results', forged.content);
    const zh = await scoredesk('verify', file, '--fingerprint', fingerprint);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      `成绩文件不是本赛事组委会签发的：签名密钥指纹为 ${keyFingerprint(otherKeys.publicKey)}，而您核对的赛事指纹是 ${fingerprint}。`,
    );
    // With the competition file, its own key is the reference.
    const withStore = await scoredesk('verify', file, '--store', store, '--lang', 'en');
    expect(withStore.code).toBe(1);
    expect(withStore.stderr).toContain('was not signed by this competition’s organizers');
  });

  it('without a fingerprint, shows the one to compare and does not call it the organizer’s', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const file = write(dir, 'posted.scoredesk-results', exported(store).content);
    const shown = await scoredesk('verify', file);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain(fingerprint);
    expect(shown.stderr).toContain(
      `注意：尚未与组委会公布的赛事密钥指纹比对。只有指纹 ${fingerprint} 与组委会公布的一致`,
    );
  });

  it('names a file that is not a results file, and one made by an older ScoreDesk', async () => {
    const { dir, store, fingerprint } = lockedCompetition();
    const notResults = write(dir, 'list.json', '{"format":"scoredesk.score-file","version":2}\n');
    const refused = await scoredesk('verify', notResults, '--fingerprint', fingerprint);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('这不是评分台的签名成绩文件');
    const text = write(dir, 'x.scoredesk-results', '名次,编号\n1,001\n');
    expect((await scoredesk('verify', text, '--lang', 'en')).stderr).toContain(
      'This is not a ScoreDesk results file: it is not JSON',
    );

    const { signature: _, ...unsigned } = exported(store).file;
    const old = { ...unsigned, version: 1 } as unknown as ResultsFile;
    const older = write(dir, 'old.scoredesk-results', encodeSignedFile({ ...old, signature: 'x' }));
    const zh = await scoredesk('verify', older, '--fingerprint', fingerprint);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('该成绩文件由旧版评分台生成（格式版本 1），无法核验');
  });

  it('prints nothing of a file’s text that could drive the terminal', async () => {
    const { dir, store } = lockedCompetition();
    const { signature: _, ...unsigned } = exported(store).file;
    const hostile = {
      ...unsigned,
      competition: {
        ...unsigned.competition,
        name: '\u001b]0;已核验\u0007\u001b[2J赛事\u202e',
        publicKey: otherKeys.publicKey,
        fingerprint: keyFingerprint(otherKeys.publicKey),
      },
    };
    const file = write(
      dir,
      'hostile.scoredesk-results',
      signResults(hostile, otherKeys.privateKey).content,
    );
    const shown = await scoredesk('verify', file);
    expect(shown.stdout).toContain(']0;已核验[2J赛事');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escape and bell are what must not pass
    expect(`${shown.stdout}${shown.stderr}`).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('the posted list of a version', () => {
  it('stays as locked: a later correction of an organization changes neither file nor code', () => {
    const { store } = lockedCompetition();
    const before = exported(store);
    const db = openStore(store);
    try {
      const entry = readEntries(db, 'course').find((e) => e.no === '001')!;
      saveEntry(db, { ...entry, organization: '更正后的科技馆', members: [] });
    } finally {
      db.close();
    }
    const after = exported(store);
    expect(after.content).toBe(before.content);
    expect(after.code).toBe(before.code);
  });

  it('the command line writes the same file as the app', async () => {
    const { dir, store } = lockedCompetition();
    const signed = exported(store);
    const made = await scoredesk('results-file', store, '--track', 'course', '--out', dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`校验码：${signed.code}`);
    const written = readFileSync(join(dir, signed.fileName), 'utf8');
    expect(written).toBe(signed.content);
    const parsed = parseResultsFile(written);
    expect(parsed.ok && signedPayload(parsed.file)).toBe(signedPayload(signed.file));
  });

  it('a track never locked has nothing to sign', async () => {
    const { dir, store } = lockedCompetition();
    const made = await scoredesk('results-file', store, '--track', 'exhibit', '--out', dir);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain('该赛项成绩尚未锁定：锁定后才能导出签名成绩文件。');
  });
});
