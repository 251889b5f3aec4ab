import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/people';
import { decodeText, detectDelimiter, parseCsv } from '../../shared/roster/csv';
import { planJudges, planRoster } from '../../shared/roster/diff';
import {
  columnLetter,
  detectHeaderRow,
  matchHeader,
  suggestMapping,
} from '../../shared/roster/headers';
import { cleanValue, halfWidth, numberText, splitList } from '../../shared/roster/normalize';
import { findTrack, type Grid, readRosterRows } from '../../shared/roster/records';
import { counselorTemplate } from '../../shared/templates/counselor';

const tracks = counselorTemplate.tracks;
const grid = (rows: string[][]): Grid => ({ file: 'S.xlsx', sheet: 'S', rows, cellIssues: [] });

describe('cell normalization', () => {
  it('turns full-width digits, letters and spaces half-width, keeping Chinese punctuation', () => {
    expect(halfWidth('００１　Ａ（甲）')).toBe('001 A（甲）');
    expect(cleanValue('  张　晓明 \n')).toBe('张晓明');
    expect(cleanValue(' Zhang   Xiaoming ')).toBe('Zhang Xiaoming');
    expect(cleanValue('００２')).toBe('002');
  });
  it('writes numbers as people read them', () => {
    expect(numberText(1)).toBe('1');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13800000001)).toBe('13800000001');
  });
  it('splits members on 、,，;；/ and line breaks', () => {
    expect(splitList('赵一、钱二，孙三;李四；周五/吴六\n郑七, 王八')).toEqual([
      '赵一',
      '钱二',
      '孙三',
      '李四',
      '周五',
      '吴六',
      '郑七',
      '王八',
    ]);
  });
  it('is idempotent and never leaves spaces at either end (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = cleanValue(text);
        expect(cleanValue(once)).toBe(once);
        expect(once).toBe(once.trim());
      }),
    );
  });
});

describe('CSV', () => {
  it('parses quoted cells with separators, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
    ]);
    expect(detectDelimiter('编号\t姓名\t单位\n1\t2\t3')).toBe('\t');
  });
  it('reads back what Excel-style quoting wrote (property)', () => {
    const cell = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const text = rows
            .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
            .join('\r\n');
          expect(parseCsv(text, ',')).toEqual(rows);
        },
      ),
    );
  });
  it('decodes UTF-8 (with or without BOM) and falls back to GB18030 for GBK bytes', () => {
    const utf8 = new TextEncoder().encode('\uFEFF编号,姓名');
    expect(decodeText(utf8)).toEqual({ text: '编号,姓名', encoding: 'utf-8' });
    const gbk = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb]);
    expect(decodeText(gbk)).toEqual({ text: '编号,姓名', encoding: 'gb18030' });
  });
});

describe('header detection and column matching', () => {
  it('finds the header under title rows and blank lines', () => {
    const rows = [
      ['2026年选手名单'],
      [],
      ['填表说明：请勿修改表头'],
      ['序号', '选手姓名', '所在单位', '赛项'],
      ['1', '张三', '馆', '展品辅导'],
    ];
    expect(detectHeaderRow(rows, 'roster')).toBe(3);
    expect(detectHeaderRow([['只有一行标题']], 'roster')).toBeNull();
  });
  it('matches Chinese and English names and their variants', () => {
    expect(
      suggestMapping(
        [
          '序号',
          '姓名（必填）',
          '推荐单位',
          '省份/赛区',
          '项目',
          '作品名称',
          '团队成员',
          '职务/分工',
          '联系电话',
        ],
        'roster',
      ),
    ).toEqual(['no', 'name', 'organization', 'region', 'track', 'title', 'members', 'roles', null]);
    expect(
      suggestMapping(['No.', 'Name', 'Organization', 'Province', 'Track', 'Title'], 'roster'),
    ).toEqual(['no', 'name', 'organization', 'region', 'track', 'title']);
    // 编号 is the entry number; 序号 then is only a row counter.
    expect(suggestMapping(['序号', '编号', '姓名'], 'roster')).toEqual([null, 'no', 'name']);
    expect(suggestMapping(['作品', '成员1', '成员2', '队员 3'], 'roster')).toEqual([
      'title',
      'member',
      'member',
      'member',
    ]);
    expect(suggestMapping(['评委姓名', '工作单位', '省份', '评审赛项'], 'judges')).toEqual([
      'name',
      'organization',
      'region',
      'tracks',
    ]);
    expect(matchHeader('所在单位名称', 'roster')?.field).toBe('organization');
  });
  it('writes column letters as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
  it('never maps a single-column field twice (property)', () => {
    const names = [
      '编号',
      '序号',
      '姓名',
      '单位',
      '省份',
      '赛项',
      '组别',
      '题目',
      '成员',
      '分工',
      '成员1',
      '备注',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 12 }), (headers) => {
        const mapping = suggestMapping(headers, 'roster');
        const single = mapping.filter((f) => f !== null && f !== 'member');
        expect(new Set(single).size).toBe(single.length);
      }),
    );
  });
});

describe('rows to entries', () => {
  it('matches tracks by aliases and puts rows without a group in the default group', () => {
    expect(findTrack(tracks, '科学表演')?.code).toBe('drama');
    expect(findTrack(tracks, ' 科学课程(活动) ')?.code).toBe('course');
    const { records, problems } = readRosterRows(
      grid([
        ['编号', '姓名', '赛项', '组别'],
        ['1', '甲', '展品辅导', ''],
        ['2', '乙', '展品辅导', '科技志愿者'],
      ]),
      0,
      ['no', 'name', 'track', 'group'],
      tracks,
      undefined,
    );
    expect(problems).toEqual([]);
    expect(records.map((r) => r.group)).toEqual(['counselor', 'volunteer']);
  });
  it('reports a missing track column unless the import started from a track', () => {
    const g = grid([
      ['编号', '姓名'],
      ['1', '甲'],
    ]);
    expect(readRosterRows(g, 0, ['no', 'name'], tracks, undefined).problems[0]?.code).toBe(
      'import.columnMissing',
    );
    expect(readRosterRows(g, 0, ['no', 'name'], tracks, 'exhibit').records).toHaveLength(1);
  });
});

describe('the import plan', () => {
  const entry = (id: number, no: string, name: string): Entry => ({
    id,
    track: 'exhibit',
    group: 'counselor',
    no,
    name,
    organization: '',
    region: '',
    title: '',
    status: 'competing',
    members: [],
    drawOrder: null,
  });

  it('re-importing what is stored changes nothing (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 20 }),
        (numbers) => {
          const existing = numbers.map((n, i) => entry(i + 1, String(n), `选手${n}`));
          const records = existing.map((e, i) => ({
            row: i + 2,
            track: e.track,
            group: e.group,
            no: e.no,
            name: e.name,
            organization: '',
          }));
          const plan = planRoster(records, existing, ['exhibit'], () => false);
          expect(plan.save).toEqual([]);
          expect(plan.remove).toEqual([]);
          expect(plan.diff.unchanged).toBe(existing.length);
        },
      ),
    );
  });
  it('removes entries missing from the file only when asked, and never marked ones', () => {
    const existing = [entry(1, '001', '甲'), entry(2, '002', '乙'), entry(3, '003', '丙')];
    const records = [{ row: 2, track: 'exhibit', group: 'counselor', no: '００１', name: '甲甲' }];
    const plan = planRoster(records, existing, ['exhibit'], (id) => id === 3);
    expect(plan.diff.changed.map((i) => [i.no, i.fields, i.previousName])).toEqual([
      ['００１', ['name'], '甲'],
    ]);
    expect(plan.save.map((e) => e.id)).toEqual([1]);
    expect(plan.remove).toEqual([]);
    expect(plan.diff.removed).toEqual([]);
    expect(plan.diff.missing.map((i) => i.no)).toEqual(['002']);
    expect(plan.diff.keptWithMarks.map((i) => i.no)).toEqual(['003']);
    const asked = planRoster(records, existing, ['exhibit'], (id) => id === 3, true);
    expect(asked.remove).toEqual([2]);
    expect(asked.diff.removed.map((i) => i.no)).toEqual(['002']);
    expect(asked.diff.keptWithMarks.map((i) => i.no)).toEqual(['003']);
  });
  it('never removes anything unless asked, whatever the file lists (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 15 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 15 }),
        (stored, listed) => {
          const existing = stored.map((n, i) => entry(i + 1, String(n), `选手${n}`));
          const records = listed.map((n, i) => ({
            row: i + 2,
            track: 'exhibit',
            group: 'counselor',
            no: String(n),
            name: `选手${n}`,
          }));
          const plan = planRoster(records, existing, ['exhibit'], () => false);
          expect(plan.remove).toEqual([]);
          expect(plan.diff.missing.length).toBe(stored.filter((n) => !listed.includes(n)).length);
          // Every stored entry the file lists keeps its id.
          for (const saved of plan.save) {
            if (saved.id !== undefined)
              expect(existing.find((e) => e.id === saved.id)?.no).toBe(saved.no);
          }
        },
      ),
    );
  });
  it('matches judges by name, spaces and width aside', () => {
    const plan = planJudges(
      [{ row: 2, name: '刘 教授', organization: '中国科技馆' }],
      [{ id: 1, name: '刘教授', organization: '中国科技馆', region: '', phone: '', tracks: [] }],
      () => false,
    );
    expect(plan.diff.changed.map((i) => i.fields)).toEqual([['name']]);
  });
});
