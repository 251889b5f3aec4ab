import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { applyImport, previewImport } from '../../electron/services/importService';
import { addPenalty } from '../../electron/services/marksService';
import { suggestRecusals } from '../../electron/services/recusalService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { storeFileName } from '../../electron/services/storeFiles';
import { workbookBuffer } from '../../electron/services/xlsxWriter';
import type { Db } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudgeKeys, recordPendingKey } from '../../electron/store/judgeKeysTable';
import { readJudgeIdentity } from '../../electron/store/judgePanelsRead';
import { readJudges } from '../../electron/store/judgesTable';
import { deflatedZip, storedZipEntries } from '../../electron/workers/zipArchive';
import { AppFailure } from '../../shared/errors';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import type { ImportKind } from '../../shared/roster/fields';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';
import { testKeyPair } from '../helpers/testKeys';

// Issue 11, "nothing lost at a real event": a supplementary list adds, a corrected name renames,
// invisible characters make no second judge, and a sheet is read as far as it really goes.

const tempDir = tempDirsForEachTest();
type Row = Array<string | number | null>;

function store(): Db {
  return createCompetitionStore(join(tempDir(), 'lost.scoredesk'), sampleInfo, 'counselor');
}

function xlsx(rows: Row[]): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '名单');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: false });
}

/** The workbook with its sheet's XML changed, zipped again (CRCs and sizes right). */
function edited(book: Buffer, change: (sheetXml: string) => string): Buffer {
  return deflatedZip(
    storedZipEntries(book).map(({ name, content }) => ({
      name,
      parts: [
        name === 'xl/worksheets/sheet1.xml'
          ? Buffer.from(change(content.toString('utf8')), 'utf8')
          : content,
      ],
    })),
  );
}

const staleDimension = (book: Buffer, ref: string) =>
  edited(book, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`));

function request(name: string, bytes: Buffer, kind: ImportKind = 'roster', removeMissing = false) {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return { kind, file: { name, bytes: new Uint8Array(bytes) }, removeMissing };
}

async function refusal(work: () => Promise<unknown>, language: 'zh-CN' | 'en' = 'zh-CN') {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppFailure) {
      return error.errors.map((e) => translate(language, e.code as MessageKey, e.params));
    }
    throw error;
  }
  throw new Error('not refused');
}

const JUDGE_HEADER = ['姓名', '单位', '省份', '评审赛项'];
const fourteenJudges: Row[] = [
  JUDGE_HEADER,
  ...Array.from({ length: 14 }, (_, i) => [
    `评委${String(i + 1).padStart(2, '0')}`,
    `第${i + 1}科技馆`,
    '浙江',
    '展品辅导',
  ]),
];

const ROSTER_HEADER = ['编号', '姓名', '单位', '省份', '赛项'];
const twentyEntries: Row[] = [
  ROSTER_HEADER,
  ...Array.from({ length: 20 }, (_, i) => [
    String(i + 1).padStart(3, '0'),
    `选手${i + 1}`,
    `第${i + 1}科技馆`,
    '浙江',
    '展品辅导',
  ]),
];

describe('a supplementary list adds and updates, and removes nothing unless asked', () => {
  it('a 3-row 补充评委 file keeps the 11 judges it does not list', async () => {
    const db = store();
    await applyImport(db, request('评委名单.xlsx', xlsx(fourteenJudges), 'judges'));
    const supplement = xlsx([
      JUDGE_HEADER,
      ['评委15', '第15科技馆', '浙江', '展品辅导'],
      ['评委16', '第16科技馆', '浙江', '展品辅导'],
      ['评委03', '第3科技馆', '浙江', '展品辅导、科学实验'],
    ]);
    const preview = await previewImport(db, request('补充评委.xlsx', supplement, 'judges'));
    expect(preview.diff.removed).toEqual([]);
    expect(preview.diff.missing).toHaveLength(13);
    const summary = await applyImport(db, request('补充评委.xlsx', supplement, 'judges'));
    expect(summary).toMatchObject({ added: 2, changed: 1, removed: 0 });
    expect(readJudges(db)).toHaveLength(16);
  });

  it('a 5-row supplementary roster keeps every entry it does not list', async () => {
    const db = store();
    await applyImport(db, request('名单.xlsx', xlsx(twentyEntries)));
    const supplement = xlsx([
      ROSTER_HEADER,
      ...['021', '022', '023', '024', '025'].map((no) => [no, `补${no}`, '馆', '浙江', '展品辅导']),
    ]);
    const summary = await applyImport(db, request('补充名单.xlsx', supplement));
    expect(summary).toMatchObject({ added: 5, removed: 0 });
    expect(readEntries(db, 'exhibit')).toHaveLength(25);
  });

  it('removes those missing from the file only when asked, never one with marks', async () => {
    const db = store();
    await applyImport(db, request('名单.xlsx', xlsx(twentyEntries)));
    const marked = readEntries(db, 'exhibit').find((e) => e.no === '005')!;
    addPenalty(db, { entryId: marked.id, rule: null, points: 100, reason: '超时' });
    const short = xlsx(twentyEntries.slice(0, 4));
    const preview = await previewImport(db, request('名单.xlsx', short, 'roster', true));
    expect(preview.diff.removed.map((i) => i.no)).toHaveLength(16);
    expect(preview.diff.keptWithMarks.map((i) => i.no)).toEqual(['005']);
    const summary = await applyImport(db, request('名单.xlsx', short, 'roster', true));
    expect(summary).toMatchObject({ removed: 16, unchanged: 3 });
    expect(readEntries(db, 'exhibit').map((e) => e.no)).toEqual(['001', '002', '003', '005']);
  });
});

describe('a corrected name is a rename: the same judge, id and key', () => {
  const judges: Row[] = [
    JUDGE_HEADER,
    ['刘建国', '中国科学技术馆', '北京', '展品辅导'],
    ['陈晓燕', '浙江省科技馆', '浙江', '展品辅导'],
    ['黄志明', '上海科技馆', '上海', '科学实验'],
  ];

  it('keeps the judge’s id and key, and shows the change as old name → new name', async () => {
    const db = store();
    await applyImport(db, request('评委.xlsx', xlsx(judges), 'judges'));
    const chen = readJudges(db).find((j) => j.name === '陈晓燕')!;
    // The judge's device has sent its key: the rename must not lose it.
    recordPendingKey(db, chen.id, testKeyPair(3).publicKey, 1);
    const keysBefore = readJudgeKeys(db, chen.id).map((k) => k.publicKey);
    const corrected = xlsx([
      judges[0]!,
      judges[1]!,
      ['陈晓艳', '浙江省科技馆', '浙江', '展品辅导'],
    ]);
    const preview = await previewImport(db, request('评委（更正）.xlsx', corrected, 'judges'));
    expect(preview.diff.added).toEqual([]);
    expect(preview.diff.changed.map((i) => [i.previousName, i.name, i.fields])).toEqual([
      ['陈晓燕', '陈晓艳', ['name']],
    ]);
    expect(preview.diff.missing.map((i) => i.name)).toEqual(['黄志明']);
    await applyImport(db, request('评委（更正）.xlsx', corrected, 'judges'));
    const after = readJudgeIdentity(db, chen.id)!;
    expect([after.name, after.keyEpoch]).toEqual(['陈晓艳', 1]);
    expect(readJudgeKeys(db, chen.id).map((k) => k.publicKey)).toEqual(keysBefore);
    expect(readJudges(db)).toHaveLength(3);
  });

  it('shows an ambiguous match as a problem instead of guessing', async () => {
    const db = store();
    await applyImport(
      db,
      request(
        '评委.xlsx',
        xlsx([
          JUDGE_HEADER,
          ['王芳', '江苏省科技馆', '江苏', ''],
          ['王芬', '江苏省科技馆', '江苏', ''],
        ]),
        'judges',
      ),
    );
    const preview = await previewImport(
      db,
      request('评委.xlsx', xlsx([JUDGE_HEADER, ['王方', '江苏省科技馆', '江苏', '']]), 'judges'),
    );
    expect(preview.problems.map((p) => translate('zh-CN', p.code as MessageKey, p.params))).toEqual(
      [
        '评委“王方”可能是“王芳”或“王芬”改名，无法确定是哪一位；请在文件中写明原名，或先在评委页修改姓名',
      ],
    );
  });

  it('an entry matched by track and number keeps its id, whatever its name becomes', async () => {
    const db = store();
    await applyImport(db, request('名单.xlsx', xlsx(twentyEntries.slice(0, 3))));
    const before = readEntries(db, 'exhibit').map((e) => e.id);
    const renamed = xlsx([ROSTER_HEADER, ['００１', '张晓明', '第1科技馆', '浙江', '展品辅导']]);
    const preview = await previewImport(db, request('名单.xlsx', renamed));
    expect(preview.diff.changed.map((i) => [i.no, i.previousName, i.name])).toEqual([
      ['001', '选手1', '张晓明'],
    ]);
    await applyImport(db, request('名单.xlsx', renamed));
    expect(readEntries(db, 'exhibit').map((e) => e.id)).toEqual(before);
  });
});

describe('invisible characters make no look-alike', () => {
  it('matches a judge whose name hides a zero-width space, and stores no invisible character', async () => {
    const db = store();
    await applyImport(
      db,
      request(
        '评委.xlsx',
        xlsx([JUDGE_HEADER, ['刘建国', '中国科学技术馆', '北京', '']]),
        'judges',
      ),
    );
    const hidden = xlsx([
      JUDGE_HEADER,
      ['刘\u200B建国', '中国\u200D科学技术馆\uFE0F', '北京', ''],
      ['黄\u2060志明\u202E', '上海\u00AD科技馆', '上海', ''],
    ]);
    const summary = await applyImport(db, request('评委.xlsx', hidden, 'judges'));
    expect(summary).toMatchObject({ added: 1, unchanged: 1 });
    expect(readJudges(db).map((j) => [j.name, j.organization])).toEqual([
      ['刘建国', '中国科学技术馆'],
      ['黄志明', '上海科技馆'],
    ]);
  });

  it('refuses two rows of one judge that differ only by invisible characters', async () => {
    const db = store();
    const file = xlsx([
      JUDGE_HEADER,
      ['刘建国', '中国科学技术馆', '北京', ''],
      ['刘建国\u200C', '中国科学技术馆', '北京', ''],
    ]);
    expect(await refusal(() => applyImport(db, request('评委.xlsx', file, 'judges')))).toEqual([
      '名单有 1 个问题，未导入任何数据。请先修改文件或列对应关系。',
      '第 3 行，A 列：评委“刘建国”与第 2 行重复',
    ]);
  });

  it('recuses a judge from an entry of the same organization despite a zero-width joiner', () => {
    const db = store();
    const judge = saveJudge(db, {
      name: '陈晓燕',
      organization: '浙江省科技馆',
      region: '浙江',
      tracks: ['exhibit'],
    });
    const entry = saveEntry(db, {
      track: 'exhibit',
      group: 'counselor',
      no: '001',
      name: '张晓明',
      organization: '浙江省科技馆',
      region: '浙江',
      title: '',
      status: 'competing',
      members: [],
    });
    // Written past the form's cleaning, as an older store or another tool might hold it.
    db.prepare('UPDATE entries SET organization = ? WHERE id = ?').run(
      '浙江省\u200D科技馆',
      entry.id,
    );
    expect(suggestRecusals(db, 'exhibit').map((r) => [r.judgeId, r.entryId])).toEqual([
      [judge.id, entry.id],
    ]);
  });
});

describe('the entry and judge forms check as the importer does', () => {
  const entry = {
    track: 'exhibit',
    group: 'counselor',
    name: '张晓明',
    organization: '',
    region: '',
    title: '',
    status: 'competing' as const,
    members: [],
  };

  it('refuses ００１ beside 001, and stores numbers NFKC and text without invisible characters', () => {
    const db = store();
    saveEntry(db, { ...entry, no: '001' });
    expect(() => saveEntry(db, { ...entry, no: '００１', name: '李四' })).toThrow(AppFailure);
    expect(() => saveEntry(db, { ...entry, no: '0\u200B01', name: '李四' })).toThrow(AppFailure);
    const saved = saveEntry(db, {
      ...entry,
      no: '００２',
      name: '\u202E王芳\u200B',
      organization: '江苏\uFEFF省科技馆',
    });
    expect([saved.no, saved.name, saved.organization]).toEqual(['002', '王芳', '江苏省科技馆']);
    // Only invisible characters is empty, as in the importer.
    expect(() => saveEntry(db, { ...entry, no: '003', name: '\u200B\u200D' })).toThrow(AppFailure);
  });

  it('refuses a second judge of the same name and organization, in both languages', () => {
    const db = store();
    const first = saveJudge(db, {
      name: '刘建国',
      organization: '中国科学技术馆',
      region: '',
      tracks: [],
    });
    let failure: unknown;
    try {
      saveJudge(db, {
        name: '刘建国\u200B',
        organization: '中国科学技术馆 ',
        region: '',
        tracks: [],
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    const [e] = (failure as AppFailure).errors;
    expect(translate('zh-CN', e!.code as MessageKey, e!.params)).toBe(
      '已有评委“刘建国”（中国科学技术馆），不能重复添加；如是同一人，请编辑原有评委。',
    );
    expect(translate('en', e!.code as MessageKey, e!.params)).toBe(
      'There is already a judge “刘建国” (中国科学技术馆); edit that judge if this is the same person.',
    );
    // The same name at another organization is another person; editing oneself is no duplicate.
    saveJudge(db, { name: '刘建国', organization: '上海科技馆', region: '', tracks: [] });
    saveJudge(db, { ...first, region: '北京' });
    expect(readJudges(db)).toHaveLength(2);
  });
});

describe('a sheet is read as far as it really goes', () => {
  it('imports every row of a workbook whose declared dimension is stale', async () => {
    const db = store();
    const stale = staleDimension(xlsx(twentyEntries), 'A1:E4');
    const preview = await previewImport(db, request('名单.xlsx', stale));
    expect(preview.rowCount).toBe(20);
    await applyImport(db, request('名单.xlsx', stale));
    expect(readEntries(db, 'exhibit')).toHaveLength(20);
  });

  it('applies the cell limit to what is really there, not to the declared dimension', async () => {
    const db = store();
    const rows: Row[] = [[...ROSTER_HEADER, ...Array.from({ length: 10 }, (_, i) => `备注${i}`)]];
    for (let i = 0; i < 15_000; i += 1) {
      rows.push([i, `选手${i}`, '馆', '浙江', '展品辅导', ...Array.from({ length: 10 }, () => 1)]);
    }
    const stale = staleDimension(xlsx(rows), 'A1:O4');
    expect(await refusal(() => previewImport(db, request('大表.xlsx', stale)))).toEqual([
      '文件“大表.xlsx”的工作表“名单”有 225015 个单元格，超过上限 200000；请只保留名单所在的区域。',
    ]);
  }, 60_000);

  it('refuses a sheet with more rows than are read, whatever its dimension says', async () => {
    const db = store();
    const rows: Row[] = [['编号', '姓名']];
    for (let i = 0; i < 20_100; i += 1) rows.push([i, `选手${i}`]);
    const stale = staleDimension(xlsx(rows), 'A1:B4');
    expect(await refusal(() => previewImport(db, request('长表.xlsx', stale)))).toEqual([
      '文件“长表.xlsx”的工作表“名单”超过 20000 行；请只保留名单所在的区域。',
    ]);
  }, 60_000);

  it('refuses a formula without a cached value in an optional column, naming the file, row and column', async () => {
    const db = store();
    const book = edited(xlsx(twentyEntries.slice(0, 3)), (xml) =>
      xml.replace(/<c r="D3"[^>]*>.*?<\/c>/, '<c r="D3"><f>CONCAT("浙","江")</f></c>'),
    );
    expect(await refusal(() => applyImport(db, request('名单.xlsx', book)), 'en')).toEqual([
      'The list has 1 problem; nothing was imported. Fix the file or the column mapping first.',
      'Row 3, column D: cell D3 in “名单.xlsx” holds a formula without a computed value; open and save the file in Excel first',
    ]);
    expect(readEntries(db)).toEqual([]);
  });
});

describe('no bidi control reaches a file name', () => {
  it('names a competition file without the right-to-left override', () => {
    const dir = tempDir();
    expect(storeFileName(dir, '省赛\u202Exslx.exe\u200B')).toBe(
      join(dir, '省赛xslx.exe.scoredesk'),
    );
  });
});

describe('a workbook holds only what XML 1.0 allows', () => {
  it('drops control characters and bidi controls from exported text', async () => {
    const book = await workbookBuffer(
      [
        {
          name: '结果',
          title: ['省赛\u0001结果'],
          header: ['姓名'],
          rows: [[{ kind: 'text', text: '王\u0008芳\u202E\uFFFF' }]],
        },
      ],
      '结果\u0002',
    );
    const xml = zipTexts(book);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\uFFFF]|_x000[0-9a-f]_/iu;
    expect(xml).not.toMatch(forbidden);
    const read = XLSX.read(book, { type: 'buffer' });
    const cells = XLSX.utils.sheet_to_json<string[]>(read.Sheets.结果!, { header: 1 });
    expect(cells).toEqual([['省赛结果'], ['姓名'], ['王芳']]);
  });
});

/** Every XML file of a zip (deflated or stored) as one text. */
function zipTexts(zip: Buffer): string {
  const texts: string[] = [];
  for (let at = zip.indexOf('PK\u0001\u0002', 0, 'latin1'); at >= 0; ) {
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + packed);
    texts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    at = zip.readUInt32LE(next) === 0x02014b50 ? next : -1;
  }
  return texts.join('\n');
}

describe('the command line prints no control character', () => {
  it('strips escape sequences and bidi controls from what it prints', async () => {
    const path = join(tempDir(), 'cli.scoredesk');
    createCompetitionStore(path, sampleInfo, 'counselor').close();
    const name = '名单\u202Exslx\u001b[2J.xlsx';
    const file = join(tempDir(), name);
    writeFileSync(file, xlsx(twentyEntries.slice(0, 3)));
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      'roster',
      'import',
      path,
      file,
    ]);
    expect(stdout).toContain('名单xslx[2J.xlsx：新增 2');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/u);
  }, 30_000);
});
