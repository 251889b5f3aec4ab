import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PAGE_MARKERS,
  pageNumberContent,
  reportPageRule,
} from '../../renderer/src/components/pageRule';
import type { EntryStatus } from '../../shared/domain/people';
import type { PostedRow } from '../../shared/formats/resultsFile';
import { awardList } from '../../shared/print/awardList';
import { postedMarks } from '../../shared/print/postedMarks';
import { formatTimeOfDay, parseTimeOfDay, runningOrder } from '../../shared/print/runningOrder';
import { scoreSheets, sheetCriteria } from '../../shared/print/scoreSheets';
import type { JudgeLine } from '../../shared/scoring/types';
import { counselorTemplate } from '../../shared/templates/counselor';

const entry = (no: string, drawOrder: number | null, status: EntryStatus = 'competing') => ({
  id: Number(no),
  no,
  drawOrder,
  name: `选手${no}`,
  members: [{ name: '甲', role: '' }],
  organization: `${no}馆`,
  title: '光',
  status,
});

describe('the running order', () => {
  it('lists entries in draw order, undrawn last by number, and gives times back to back', () => {
    const rows = runningOrder(
      [entry('010', null), entry('002', 2), entry('003', 1), entry('001', null)],
      { start: '9:00', minutesPerEntry: 8 },
    );
    expect(rows.map((r) => r.no)).toEqual(['003', '002', '001', '010']);
    expect(rows.map((r) => r.slot && `${r.slot.from}–${r.slot.to}`)).toEqual([
      '09:00–09:08',
      '09:08–09:16',
      '09:16–09:24',
      '09:24–09:32',
    ]);
  });

  it('keeps a withdrawn entry in its place, without a time that will not happen', () => {
    const rows = runningOrder(
      [entry('001', 1), entry('002', 2, 'withdrawn'), entry('003', 3, 'absent'), entry('004', 4)],
      { start: '13:30', minutesPerEntry: 10 },
    );
    expect(rows.map((r) => [r.no, r.status, r.slot?.from ?? null])).toEqual([
      ['001', 'competing', '13:30'],
      ['002', 'withdrawn', null],
      // Absence is found out on the day: the slot stays as announced.
      ['003', 'absent', '13:40'],
      ['004', 'competing', '13:50'],
    ]);
  });

  it('prints no times without a start time, or with one that is not a time of day', () => {
    expect(runningOrder([entry('001', 1)], null)[0]!.slot).toBeNull();
    expect(parseTimeOfDay('9点')).toBeNull();
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('09：05')).toBe(545);
  });

  it('has nothing of a panel or a recusal in a row', () => {
    const [row] = runningOrder([entry('001', 1)], null);
    expect(Object.keys(row!).sort()).toEqual(
      ['members', 'name', 'no', 'order', 'organization', 'slot', 'status', 'title'].sort(),
    );
  });

  it('reads back every time of day it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        expect(parseTimeOfDay(formatTimeOfDay(minutes))).toBe(minutes);
      }),
    );
  });
});

describe('score sheets', () => {
  const judges = [
    { judgeId: 7, name: '乙', seat: 2 },
    { judgeId: 3, name: '甲', seat: 1 },
    { judgeId: 9, name: '丙', seat: null },
  ];
  const entries = [entry('002', 2), entry('001', 1), entry('003', 3)];

  it('gives each judge by seat the entries in performance order, minus the recused ones', () => {
    const sheets = scoreSheets(judges, entries, [{ judgeId: 3, entryId: 2 }]);
    expect(sheets.map((s) => s.judge.seat)).toEqual([1, 2, null]);
    expect(sheets[0]!.rows.map((r) => r.no)).toEqual(['001', '003']);
    expect(sheets[1]!.rows.map((r) => r.no)).toEqual(['001', '002', '003']);
  });

  it('never lists an entry a judge steps aside from, and every other one once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ judgeId: fc.constantFrom(3, 7, 9), entryId: fc.constantFrom(1, 2, 3) }),
        ),
        (recusals) => {
          for (const sheet of scoreSheets(judges, entries, recusals)) {
            const recused = recusals
              .filter((r) => r.judgeId === sheet.judge.judgeId)
              .map((r) => String(r.entryId).padStart(3, '0'));
            const listed = sheet.rows.map((r) => r.no);
            expect(listed.filter((no) => recused.includes(no))).toEqual([]);
            expect(new Set(listed).size).toBe(listed.length);
            expect(listed.length + new Set(recused).size).toBe(entries.length);
          }
        },
      ),
    );
  });

  it('lists the judged criteria only, with their maxima and descriptions', () => {
    const exhibit = counselorTemplate.tracks.find((t) => t.code === 'exhibit')!;
    const criteria = sheetCriteria(exhibit);
    expect(criteria.map((c) => [c.code, c.max])).toEqual([
      ['content', 3500],
      ['design', 2500],
      ['language', 2000],
      ['presence', 1000],
      ['originality', 800],
    ]);
    expect(criteria[0]!.description.zh).toContain('科学原理准确');
  });
});

describe('judges’ marks on the posted results', () => {
  const line = (judgeId: number, total: number | null, status: JudgeLine['status']): JudgeLine => ({
    judgeId,
    name: '',
    total,
    criteriaScored: 5,
    status,
  });
  const result = {
    judges: [
      line(1, 8550, 'counted'),
      line(2, 9200, 'droppedHigh'),
      line(3, null, 'recused'),
      line(4, 7000, 'droppedLow'),
      line(5, null, 'missing'),
    ],
  };

  it('brackets what the rule dropped, says who stepped aside, and never prints a blank as 0', () => {
    expect(postedMarks(result, [5, 4, 3, 2, 1, 6], 1)).toEqual([
      { kind: 'none' },
      { kind: 'mark', text: '70.0', dropped: true },
      { kind: 'recused' },
      { kind: 'mark', text: '92.0', dropped: true },
      { kind: 'mark', text: '85.5', dropped: false },
      { kind: 'none' },
    ]);
  });
});

describe('the award list', () => {
  const row = (no: string, rank: number | null, award: string | null, singles: string[] = []) =>
    ({
      rank,
      no,
      name: no,
      organization: '',
      region: '',
      panel: null,
      objective: null,
      penalties: null,
      final: null,
      award: award === null ? null : { code: award, name: { zh: award, en: award } },
      singleAwards: singles,
    }) satisfies PostedRow;

  it('groups by award in rank order, then the single awards; entries without an award are left off', () => {
    const list = awardList([
      {
        code: 'main',
        name: { zh: '默认组', en: 'Main' },
        rows: [
          row('004', 3, 'third'),
          row('001', 1, 'first', ['最佳创意奖']),
          row('002', 2, 'second'),
          row('003', 2, 'second'),
          row('005', null, null),
        ],
      },
      { code: 'empty', name: { zh: '空组', en: 'Empty' }, rows: [row('009', null, null)] },
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]!.tiers.map((t) => [t.code, t.rows.map((r) => r.no)])).toEqual([
      ['first', ['001']],
      ['second', ['002', '003']],
      ['third', ['004']],
    ]);
    expect(list[0]!.singles).toEqual([
      { name: '最佳创意奖', rows: [expect.objectContaining({ no: '001' })] },
    ]);
  });
});

describe('the page margins', () => {
  it('numbers pages with the print counters and keeps quotes in a name from ending the text', () => {
    expect(pageNumberContent(`第 ${PAGE_MARKERS.page} 页 / 共 ${PAGE_MARKERS.pages} 页`)).toBe(
      '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    );
    const rule = reportPageRule({
      header: '“科学”杯 "A" \\ 赛',
      pageNumber: `Page ${PAGE_MARKERS.page} of ${PAGE_MARKERS.pages}`,
      landscape: true,
      named: [{ name: 'judge-sheet-1', selector: '.x[data-sheet="1"]', header: '1号评委' }],
    });
    expect(rule).toContain('size: A4 landscape');
    expect(rule).toContain('content: "“科学”杯 \\"A\\" \\\\ 赛"');
    expect(rule).toContain('@page judge-sheet-1 { @top-left { content: "1号评委"');
    expect(rule).toContain('.x[data-sheet="1"] { page: judge-sheet-1; }');
  });
});
