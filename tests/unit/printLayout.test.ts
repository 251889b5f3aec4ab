import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrackResultsView } from '../../shared/api/results';
import {
  headerFooterText,
  PORTRAIT_WIDTH,
  printLayout,
  WRAP_WIDTH,
} from '../../shared/formats/printLayout';
import { type Cell, markDecimals, type SheetModel } from '../../shared/formats/resultsSheets';
import { criterion, makeTrack, p } from './scoring/fixtures';

const text = (value: string): Cell => ({ kind: 'text', text: value });
const sheet = (header: string[], rows: Cell[][]): SheetModel => ({
  name: 'S',
  title: ['省赛'],
  header,
  rows,
});

describe('a results sheet on A4', () => {
  it('prints a narrow table portrait and a wide one landscape', () => {
    const narrow = printLayout(sheet(['编号', '姓名'], [[text('001'), text('张三')]]));
    expect(narrow.landscape).toBe(false);
    const judges = Array.from({ length: 15 }, (_, i) => `${i + 1}号评委 评委${i + 1}`);
    const wide = printLayout(
      sheet(judges, [judges.map((): Cell => ({ kind: 'number', value: 88.5, format: '0.0' }))]),
    );
    expect(wide.widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(PORTRAIT_WIDTH);
    expect(wide.landscape).toBe(true);
  });

  it('gives Chinese text two widths a character and wraps what is longer than a column', () => {
    const museum = '内蒙古自治区科学技术馆'; // 11 characters: 22 widths
    const notes = '有评委未评分或未评完；计算方法：全部有效评分取平均（有效评委 4 名）';
    const layout = printLayout(sheet(['单位', '提示'], [[text(museum), text(notes)]]));
    expect(layout.widths[0]).toBeGreaterThanOrEqual(22);
    expect(layout.wraps).toEqual([false, true]);
    expect(layout.widths[1]).toBe(WRAP_WIDTH);
    // About 70 widths of notes in a column of 26: three lines, and the row is as tall.
    expect(layout.rowLines.get(0)).toBe(3);
  });

  it('breaks a long header between seat and name, before its bracket, never inside a word', () => {
    const figures = [{ kind: 'number', value: 88.5, format: '0.0' } as const];
    const layout = printLayout(
      sheet(
        ['4号评委 曹若秀', '科学内容（35分）', 'Deductions'],
        [[...figures, ...figures, ...figures]],
      ),
    );
    expect(layout.header).toEqual(['4号评委\n曹若秀', '科学内容\n（35分）', 'Deductions']);
    expect(layout.headerLines).toBe(2);
    expect(layout.widths[2]).toBeGreaterThanOrEqual('Deductions'.length);
  });

  it('keeps every column between its least width and the wrap width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 8 }),
        (header, row) => {
          const layout = printLayout(sheet(header, [row.map(text)]));
          expect(layout.widths).toHaveLength(header.length);
          for (const width of layout.widths) {
            expect(width).toBeGreaterThanOrEqual(7);
            expect(width).toBeLessThanOrEqual(WRAP_WIDTH);
          }
        },
      ),
    );
  });

  it('writes a competition named with & into a page header as the text it is', () => {
    expect(headerFooterText('科技馆 & 青少年宫')).toBe('科技馆 && 青少年宫');
  });
});

describe('the places of a track’s marks', () => {
  const view = (penalties: number[]): TrackResultsView =>
    ({
      results: {
        entries: [{ penalties: { lines: penalties.map((points) => ({ points })) } }],
      },
    }) as unknown as TrackResultsView;
  const segment = (steps: number[]) => ({
    code: 's',
    name: { zh: '现场', en: 'Live' },
    kind: 'judged' as const,
    criteria: steps.map((step, i) => criterion(`c${i}`, 30, step)),
  });

  it('follows the finest step of the rubric', () => {
    const track = (steps: number[]) => makeTrack({ segments: [segment(steps)] });
    expect(markDecimals(track([1]), view([]))).toBe(0);
    expect(markDecimals(track([1, 0.5]), view([]))).toBe(1);
    expect(markDecimals(track([0.5, 0.25]), view([]))).toBe(2);
  });

  it('shows a finer deduction whole rather than rounded', () => {
    const track = makeTrack({ segments: [segment([1])] });
    expect(markDecimals(track, view([p(1)]))).toBe(0);
    expect(markDecimals(track, view([p(0.5)]))).toBe(1);
    expect(markDecimals(track, view([p(0.25)]))).toBe(2);
  });
});
