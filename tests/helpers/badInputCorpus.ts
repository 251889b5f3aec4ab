import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { signWith } from '../../electron/services/signing';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import type { MessageKey } from '../../shared/i18n/catalog';

// The bad-input corpus: crafted hostile or broken files, generated into a temp folder at test
// time (no binaries committed; the 200 MB file is sparse). Each item says which entry point it is
// fed to and the exact error code it must be refused with.

export type CorpusTarget =
  /** scoreFiles.merge (IPC, text) and the CLI's merge path (worker reads the file itself). */
  | 'score'
  /** The CLI's merge path only: too big for the IPC contract (50 M characters). */
  | 'scorePath'
  /** judgeFiles.open */
  | 'judge'
  /** competitions.open */
  | 'store'
  /** import.apply (roster import: xlsx, xls, csv) */
  | 'roster'
  /** paperSheets.import */
  | 'paperSheet';

export interface CorpusItem {
  name: string;
  path: string;
  target: CorpusTarget;
  code: MessageKey;
}

export interface CorpusInput {
  /** A good score file from judge 1 of the organizer store, and the private key of that judge's
   * device (a forger holding it can sign anything as judge 1). */
  scoreFile: string;
  judgeKey: string;
  /** A good judge file, and the competition's private key (in the organizer's store). */
  judgeFile: string;
  competitionKey: string;
  /** A sound organizer store to copy and damage. */
  storePath: string;
  /** An entry id judge 5 is recused from, and judge 5's device's keys (for a signed recused mark). */
  recused: {
    judgeId: number;
    judgeName: string;
    key: string;
    publicKey: string;
    entryId: number;
    entryNo: string;
  };
}

type Json = Record<string, unknown>;

/** Builds the corpus in `dir`; returns the items (the big ones are sparse or generated here). */
export function buildCorpus(dir: string, input: CorpusInput): CorpusItem[] {
  const items: CorpusItem[] = [];
  const put = (
    name: string,
    target: CorpusTarget,
    code: MessageKey,
    content: string | Buffer,
  ): void => {
    const path = join(dir, name);
    writeFileSync(path, content);
    items.push({ name, path, target, code });
  };
  const score = JSON.parse(input.scoreFile) as Json & { scores: Json[] };
  const resign = (file: Json, key = input.judgeKey) => {
    const { signature: _s, ...rest } = file;
    return encodeSignedFile({ ...rest, signature: signWith(key, signedPayload(rest)) } as {
      signature: string;
    });
  };
  const withScores = (scores: Json[]) => ({ ...score, scores });
  const first = score.scores[0]!;
  const good = input.scoreFile;
  const flip = (text: string, at: number, to: string) =>
    text.slice(0, at) + to + text.slice(at + 1);

  // ── score files ──
  put(
    's01-truncated-half.scoredesk-scores',
    'score',
    'scoreFile.notJson',
    good.slice(0, good.length >> 1),
  );
  put('s02-truncated-last-brace.scoredesk-scores', 'score', 'scoreFile.notJson', good.slice(0, -2));
  put('s03-empty.scoredesk-scores', 'score', 'scoreFile.notJson', '');
  put(
    's04-version-3.scoredesk-scores',
    'score',
    'scoreFile.newerVersion',
    resign({ ...score, version: 3 }),
  );
  put(
    's04b-version-1.scoredesk-scores',
    'score',
    'scoreFile.olderVersion',
    resign({ ...score, version: 1 }),
  );
  put(
    's05-version-0.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign({ ...score, version: 0 }),
  );
  put(
    's06-wrong-format.scoredesk-scores',
    'score',
    'merge.notScoreFile',
    resign({ ...score, format: 'scoredesk.other' }),
  );
  put('s07-judge-file-as-score.scoredesk-scores', 'score', 'merge.judgeFileGiven', input.judgeFile);
  put(
    's08-other-competition.scoredesk-scores',
    'score',
    'merge.otherCompetitionUnknown',
    resign({ ...score, competitionId: randomUUID() }),
  );
  put(
    's09-unknown-judge.scoredesk-scores',
    'score',
    'merge.unknownJudge',
    resign({ ...score, judge: { ...(score.judge as Json), id: 99, name: '冒名评委' } }),
  );
  put(
    's10-claims-other-judge.scoredesk-scores',
    'score',
    'merge.otherKey',
    resign({
      ...score,
      judge: { ...(score.judge as Json), id: input.recused.judgeId, name: input.recused.judgeName },
    }),
  );
  const valueAt = good.indexOf('"value":') + '"value":'.length;
  const digit = good[valueAt]!;
  put(
    's11-flipped-digit.scoredesk-scores',
    'score',
    'merge.badSignature',
    flip(good, valueAt, digit === '1' ? '2' : '1'),
  );
  const sigAt = good.indexOf('"signature":"') + '"signature":"'.length;
  put(
    's12-flipped-signature.scoredesk-scores',
    'score',
    'merge.badSignature',
    flip(good, sigAt, good[sigAt] === 'a' ? 'b' : 'a'),
  );
  const bytes = Buffer.from(good, 'utf8');
  bytes[0] = 0xff;
  put('s13-invalid-utf8-byte.scoredesk-scores', 'score', 'scoreFile.notJson', bytes);
  put(
    's14-duplicated-record.scoredesk-scores',
    'score',
    'merge.duplicateCell',
    resign(withScores([first, ...score.scores])),
  );
  put(
    's15-proto-top.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    good.replace('{"competitionId"', '{"__proto__":{"polluted":1},"competitionId"'),
  );
  put(
    's16-proto-in-record.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    good.replace('{"criterion"', '{"__proto__":{"isAdmin":true},"criterion"'),
  );
  put(
    's17-constructor-key.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    good.replace('{"competitionId"', '{"constructor":{"prototype":{}},"competitionId"'),
  );
  put(
    's18-above-max.scoredesk-scores',
    'score',
    'merge.outOfRange',
    resign(withScores([{ ...first, value: 99_00 }])),
  );
  put(
    's19-negative.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign(withScores([{ ...first, value: -100 }])),
  );
  put(
    's20-off-step.scoredesk-scores',
    'score',
    'merge.outOfRange',
    resign(withScores([{ ...first, value: 1 }])),
  );
  put(
    's21-nan.scoredesk-scores',
    'score',
    'scoreFile.notJson',
    good.replace(/"value":\d+/, '"value":NaN'),
  );
  put(
    's22-infinity.scoredesk-scores',
    'score',
    'scoreFile.notJson',
    good.replace(/"value":\d+/, '"value":Infinity'),
  );
  put(
    's23-1e999.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    good.replace(/"value":\d+/, '"value":1e999'),
  );
  put(
    's24-fraction.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign(withScores([{ ...first, value: 12.5 }])),
  );
  put(
    's25-million-empty-records.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign(withScores(new Array(1_000_000).fill({}))),
  );
  put(
    's26-deep-array-100k.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  );
  put(
    's27-deep-object-100k.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
  );
  put(
    's28-deep-inside-file.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    good.replace('"submissions":', `"x":${'['.repeat(50_000)}${']'.repeat(50_000)},"submissions":`),
  );
  put('s29-zip-bomb.xlsx', 'score', 'scoreFile.notJson', zipBomb());
  put('s30-bom.scoredesk-scores', 'score', 'scoreFile.notJson', `\ufeff${good}`);
  put(
    's31-reindented.scoredesk-scores',
    'score',
    'scoreFile.badSignature',
    JSON.stringify(score, null, 2),
  );
  put('s32-trailing-garbage.scoredesk-scores', 'score', 'scoreFile.notJson', `${good}xyz`);
  put(
    's33-extra-field.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign({ ...score, extra: 1 }),
  );
  put(
    's34-revision-0.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign(withScores([{ ...first, revision: 0 }])),
  );
  put(
    's35-unknown-entry.scoredesk-scores',
    'score',
    'merge.unknownEntry',
    resign(withScores([{ ...first, entryId: 99_999 }])),
  );
  put(
    's36-recused-mark.scoredesk-scores',
    'score',
    'merge.recused',
    resign(
      {
        ...score,
        judge: {
          ...(score.judge as Json),
          id: input.recused.judgeId,
          name: input.recused.judgeName,
          publicKey: input.recused.publicKey,
        },
        scores: [{ ...first, entryId: input.recused.entryId, entryNo: input.recused.entryNo }],
      },
      input.recused.key,
    ),
  );
  put(
    's37-unknown-criterion.scoredesk-scores',
    'score',
    'merge.unknownCriterion',
    resign(withScores([{ ...first, criterion: 'no-such' }])),
  );
  put(
    's38-other-rubric.scoredesk-scores',
    'score',
    'merge.otherRubric',
    resign({ ...score, rubricFingerprint: 'f'.repeat(64) }),
  );
  put('s39-top-array.scoredesk-scores', 'score', 'merge.notScoreFile', '[]');
  put('s40-top-null.scoredesk-scores', 'score', 'merge.notScoreFile', 'null');
  put(
    's41-utf16.scoredesk-scores',
    'score',
    'scoreFile.notJson',
    Buffer.from(`\ufeff${good}`, 'utf16le'),
  );
  put('s42-random-bytes.scoredesk-scores', 'score', 'scoreFile.notJson', randomBytes(4096));
  put(
    's43-huge-judge-name.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign({ ...score, judge: { ...(score.judge as Json), id: 1, name: '名'.repeat(100_000) } }),
  );
  put(
    's44-value-string.scoredesk-scores',
    'score',
    'scoreFile.invalid',
    resign(withScores([{ ...first, value: '10' }])),
  );

  // 10^6 well-formed records: ~130 MB, over the 50 M-character limit, so only the path route
  // (the CLI) can even hand it over; the worker reads it and refuses it by length.
  const million = join(dir, 's45-million-records.scoredesk-scores');
  writeMillionRecords(million, score, first);
  items.push({
    name: 's45-million-records.scoredesk-scores',
    path: million,
    target: 'scorePath',
    code: 'scoreFile.tooLarge',
  });
  // 200 MB, sparse: refused by its size on disk before a byte is read.
  const huge = join(dir, 's46-200mb.scoredesk-scores');
  const fd = openSync(huge, 'w');
  writeSync(fd, '{"format":"scoredesk.score-file"', 0);
  writeSync(fd, '}', 200 * 1024 * 1024);
  closeSync(fd);
  items.push({
    name: 's46-200mb.scoredesk-scores',
    path: huge,
    target: 'scorePath',
    code: 'scoreFile.tooLarge',
  });

  // ── judge files ──
  const judge = JSON.parse(input.judgeFile) as Json & { entries: Json[] };
  const resignJudge = (file: Json) => resign(file, input.competitionKey);
  const jg = input.judgeFile;
  put('j01-truncated.scoredesk-judge', 'judge', 'judgeFile.notJson', jg.slice(0, jg.length >> 1));
  put(
    'j02-version-3.scoredesk-judge',
    'judge',
    'judgeFile.newerVersion',
    resignJudge({ ...judge, version: 3 }),
  );
  const nameAt = jg.indexOf('"name":"') + '"name":"'.length;
  put(
    'j03-flipped-byte.scoredesk-judge',
    'judge',
    'judgeFile.badSignature',
    flip(jg, nameAt, jg[nameAt] === 'X' ? 'Y' : 'X'),
  );
  put(
    'j04-proto.scoredesk-judge',
    'judge',
    'judgeFile.invalid',
    jg.replace('{"competition"', '{"__proto__":{"polluted":1},"competition"'),
  );
  put('j05-score-file-as-judge.scoredesk-judge', 'judge', 'judgeFile.wrongFormat', good);
  put(
    'j06-deep-100k.scoredesk-judge',
    'judge',
    'judgeFile.invalid',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  );
  put('j07-zip-bomb.xlsx', 'judge', 'judgeFile.notJson', zipBomb());
  put(
    'j08-duplicated-entries.scoredesk-judge',
    'judge',
    'judgeFile.invalid',
    resignJudge({ ...judge, entries: [...judge.entries, judge.entries[0]!] }),
  );
  put(
    'j09-wrong-fingerprint.scoredesk-judge',
    'judge',
    'judgeFile.invalid',
    resignJudge({ ...judge, rubricFingerprint: '0'.repeat(64) }),
  );
  put(
    'j10-nan.scoredesk-judge',
    'judge',
    'judgeFile.notJson',
    jg.replace(/"drawOrder":(\d+|null)/, '"drawOrder":NaN'),
  );
  put(
    'j11-bad-key.scoredesk-judge',
    'judge',
    'judgeFile.invalid',
    resignJudge({
      ...judge,
      competition: { ...(judge.competition as Json), publicKey: 'short' },
    }),
  );
  put('j12-empty.scoredesk-judge', 'judge', 'judgeFile.notJson', '');

  // ── stores ──
  const store = readFileSync(input.storePath);
  put(
    't01-text-file.scoredesk',
    'store',
    'store.notScoreDesk',
    '这不是赛事文件，只是一个文本文件。\n'.repeat(20),
  );
  put('t02-empty.scoredesk', 'store', 'store.notScoreDesk', '');
  put('t03-zip-bomb.scoredesk', 'store', 'store.notScoreDesk', zipBomb());
  put(
    't04-truncated.scoredesk',
    'store',
    'backup.storeDamaged',
    store.subarray(0, store.length >> 1),
  );
  put('t05-header-only.scoredesk', 'store', 'backup.storeDamaged', store.subarray(0, 4096 + 100));
  put('t06-damaged-pages.scoredesk', 'store', 'backup.storeDamaged', damagePages(store));
  const newer = join(dir, 't07-newer-version.scoredesk');
  writeFileSync(newer, store);
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  items.push({
    name: 't07-newer-version.scoredesk',
    path: newer,
    target: 'store',
    code: 'store.newerVersion',
  });
  const foreign = join(dir, 't08-other-sqlite.scoredesk');
  const other = new Database(foreign);
  other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
  other.close();
  items.push({
    name: 't08-other-sqlite.scoredesk',
    path: foreign,
    target: 'store',
    code: 'store.notScoreDesk',
  });

  // ── roster imports and paper score sheets (the import entry points that exist today) ──
  put('r01-zip-bomb.xlsx', 'roster', 'import.zipTooLarge', zipBomb());
  put('r02-text-as.xlsx', 'roster', 'import.notSpreadsheet', '这不是表格');
  put('r03-empty.csv', 'roster', 'import.emptyFile', '');
  put(
    'r04-truncated-ole.xls',
    'roster',
    'import.notSpreadsheet',
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
  );
  put('r05-proto-header.csv', 'roster', 'import.noHeader', '__proto__,constructor\n1,2\n');
  put('p01-zip-bomb.xlsx', 'paperSheet', 'paperSheet.notWorkbook', zipBomb());
  put('p02-text-as.xlsx', 'paperSheet', 'paperSheet.noMarker', '这不是表格');
  put('p03-empty.xlsx', 'paperSheet', 'paperSheet.noMarker', '');
  return items;
}

/** A zip whose one entry inflates to 100 MB of zeros (a real xlsx is a zip too). */
let bomb: Buffer | null = null;
export function zipBomb(): Buffer {
  if (bomb) return bomb;
  const size = 100 * 1024 * 1024;
  const zeros = Buffer.alloc(size);
  const data = deflateRawSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  bomb = Buffer.concat([local, name, data, central, name, end]);
  return bomb;
}

/** Overwrites the b-tree page headers of pages 2.. with junk: a store SQLite can open, but broken. */
function damagePages(store: Buffer): Buffer {
  const copy = Buffer.from(store);
  const pageSize = copy.readUInt16BE(16) === 1 ? 65536 : copy.readUInt16BE(16);
  for (let page = 1; (page + 1) * pageSize <= copy.length; page++) {
    copy.fill(0xa5, page * pageSize, page * pageSize + 16);
  }
  return copy;
}

function writeMillionRecords(path: string, score: Json, first: Json): void {
  const fd = openSync(path, 'w');
  try {
    const { scores: _scores, signature: _sig, ...head } = score;
    const prefix = JSON.stringify(head).slice(0, -1);
    writeSync(fd, `${prefix},"scores":[`);
    const record = JSON.stringify(first);
    const chunk = new Array(10_000).fill(record).join(',');
    for (let i = 0; i < 100; i++) writeSync(fd, i === 0 ? chunk : `,${chunk}`);
    writeSync(fd, `],"signature":"${'0'.repeat(64)}"}\n`);
  } finally {
    closeSync(fd);
  }
}
