import type { Language } from '../api/app';
import type { TrackResultsView } from '../api/results';
import { cachedIn } from '../cache';
import type { Competition } from '../domain/competition';
import { formatPoints, pointsToNumber } from '../domain/points';
import type { Track } from '../domain/rubric';
import type { LocalizedText } from '../domain/text';
import type { MessageParam } from '../errors';
import { type MessageKey, translate } from '../i18n/catalog';
import { joinList } from '../i18n/lists';
import { seatedName } from '../panel/seats';
import {
  awardsProvisional,
  BLANK,
  type EntryResult,
  type JudgeLine,
  type JudgeStatus,
  type TrackResultsInput,
} from '../scoring';
import { judgeTotalPlaces, judgeTotalText, stepDecimals } from '../scoring/markPlaces';

// The layout of the published results workbook, free of any spreadsheet library: the exporter
// only turns these models into cells. Blank is not zero (design rule 7): a missing figure is an
// empty cell here, never 0, and every figure a reader needs to check a final is on a sheet
// (rule 6: judges' totals, which were dropped, objective points, deductions, tie-breaks).

/** Read-only: one cell object may stand in many places (a detail sheet repeats most values). */
export type Cell =
  | { readonly kind: 'text'; readonly text: string }
  /** `format` is the spreadsheet number format, e.g. '0.00', or '(0.00)' for a dropped mark. */
  | { readonly kind: 'number'; readonly value: number; readonly format: string }
  | { readonly kind: 'empty' };

export interface SheetModel {
  /** A valid, unique sheet name (see safeSheetName). */
  name: string;
  /** Lines above the table: competition, track, version, export time and input hash. */
  title: string[];
  header: string[];
  rows: Cell[][];
  /** For paper: the running head of every page, its page numbers, the centered columns. */
  print?: SheetPrint;
}

export interface SheetPrint {
  /** Plain text: competition · sheet title · version. */
  head: string;
  /** Already in Excel's header and footer codes (&P, &N): it comes from the catalog only. */
  pageNumbers: string;
  /** Short columns (group, rank, number, status) read best centered. */
  centered: number[];
}

export interface TrackSheetsInput {
  track: Track;
  view: TrackResultsView;
  /** The raw judged marks (hundredths), for the detail sheet. */
  marks: TrackResultsInput['marks'];
}

type CompetitionInfo = Pick<Competition, 'name' | 'edition' | 'venue' | 'startDate' | 'endDate'>;

export const EMPTY: Cell = { kind: 'empty' };
const text = (value: string): Cell => (value === '' ? EMPTY : { kind: 'text', text: value });
const number = (value: number, format: string): Cell => ({ kind: 'number', value, format });
/** Published figures arrive as exact decimal strings; the string is the figure. */
const figure = (value: string | null, format: string) =>
  value === null ? EMPTY : number(Number(value), format);
const isDropped = (line: JudgeLine | undefined) =>
  line?.status === 'droppedHigh' || line?.status === 'droppedLow';

/** '0', '0.0', '0.00'; `optional` more places shown only when present (0.00## → 85.125). */
export function numberFormat(decimals: number, optional = 0): string {
  if (decimals === 0) return '0';
  return `0.${'0'.repeat(decimals)}${'#'.repeat(optional)}`;
}

/**
 * The formats above: '0', '0.00', '0.00##', '(0.00)' (a dropped mark keeps its value, so it
 * still sorts, but reads in brackets), and a quoted word around a whole number ('"第"0"名"').
 */
const NUMBER_FORMAT = /^(?:"([^"]*)")?(\(?)0(?:\.(0*)(#*))?(\)?)(?:"([^"]*)")?$/;

/**
 * Characters a number takes shown in one of the formats above, without formatting it: column
 * widths need this for every figure of a workbook. Never narrower than the shown text; one
 * wider where the number is within one last place of the next power of ten (9.99 as '0.00').
 */
export function numberWidth(value: number, format: string): number {
  const parts = NUMBER_FORMAT.exec(format);
  if (!parts) throw new RangeError(`numberWidth: not a format of the results sheets: ${format}`);
  const [, before = '', open = '', fixed = '', optional = '', close = '', after = ''] = parts;
  const places = fixed.length + optional.length;
  const abs = Math.abs(value);
  // Rounding to the shown places may carry into one more whole digit (9.96 → 10.0).
  const whole = String(Math.floor(abs + 10 ** -places)).length;
  // The shortest form has no trailing zeros, so it tells how many optional places show.
  const shortest = String(abs);
  const decimals = shortest.includes('e') ? places : (shortest.split('.')[1]?.length ?? 0);
  const shown = Math.max(fixed.length, Math.min(places, decimals));
  const sign = value < 0 ? 1 : 0;
  const words = textWidth(before) + textWidth(after);
  return sign + words + open.length + whole + (shown > 0 ? shown + 1 : 0) + close.length;
}

/** Width of text in a monospace grid: CJK and full-width characters take two columns. */
export function textWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\\p{Cc}]/gu;
const SHEET_NAME_MAX = 31;

/**
 * Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not starting or
 * ending with an apostrophe, not 'History', unique ignoring case. The suffix ("-成绩") is kept
 * whole and the name is shortened instead, so sheets of one track stay recognizable.
 */
export function safeSheetName(name: string, taken: Iterable<string>, suffix = ''): string {
  const clean = (value: string) => value.replace(FORBIDDEN_IN_SHEET_NAME, '_').replace(/\s+/g, ' ');
  const tail = cut(clean(suffix), 20);
  const base = clean(name).trim() || 'Sheet';
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const mark = n === 1 ? '' : `(${n})`;
    const head = cut(base, SHEET_NAME_MAX - tail.length - mark.length);
    // An apostrophe inside reads as the typographic one: the sheet's print titles are a formula
    // reference ('Kid''s'!$5:$5), and ExcelJS writes the name into it without doubling it.
    const candidate = `${head}${mark}${tail}`
      .replace(/^'+/, '_')
      .replace(/'+$/, '_')
      .replace(/'/g, '’');
    const key = candidate.toLowerCase();
    if (!used.has(key) && key !== 'history') return candidate;
  }
}

/** The longest prefix within `max` UTF-16 units, never splitting a surrogate pair. */
function cut(value: string, max: number): string {
  let out = '';
  for (const ch of value) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The results, detail and awards sheets of one track; `taken` holds names already used. */
export function trackSheets(
  competition: CompetitionInfo,
  input: TrackSheetsInput,
  language: Language = 'zh-CN',
  taken: Iterable<string> = [],
  /** When the workbook was made, as the reader's clock shows it ("2026-10-22 16:05"). */
  exportedAt?: string,
): SheetModel[] {
  const ctx = context(input, language);
  const { t, pick, track } = ctx;
  const names = [...taken];
  const suffixes = ['export.resultsSheet', 'export.detailsSheet', 'export.awardsSheet'] as const;
  // The same shortened track name on all three sheets, however long each suffix is.
  const room = SHEET_NAME_MAX - Math.max(...suffixes.map((key) => t(key).length));
  const base = cut(pick(track.name), room);
  const name = (suffix: (typeof suffixes)[number]) => {
    const chosen = safeSheetName(base, names, t(suffix));
    names.push(chosen);
    return chosen;
  };
  const sheet = (
    suffix: (typeof suffixes)[number],
    key: MessageKey,
    table: Pick<SheetModel, 'header' | 'rows'>,
    centered: number[],
  ): SheetModel => {
    const lines = titleLines(competition, ctx, key, exportedAt);
    const head = [competition.name, t(key, { track: pick(track.name) }), versionText(ctx)];
    return {
      name: name(suffix),
      title: lines,
      ...table,
      print: {
        head: head.join(' · '),
        pageNumbers: t('exportPrint.pageNumbers', { page: '&P', pages: '&N' }),
        centered,
      },
    };
  };
  // 组别 名次 编号 … lead every sheet (the awards sheet puts 奖项 second); 状态 ends the details.
  const detailSheet = details(ctx);
  return [
    sheet('export.resultsSheet', 'export.resultsTitle', results(ctx), [0, 1, 2]),
    sheet('export.detailsSheet', 'export.detailsTitle', detailSheet, [
      0,
      1,
      2,
      detailSheet.header.length - 1,
    ]),
    sheet('export.awardsSheet', 'export.awardsTitle', awards(ctx), [0, 1, 2, 3]),
  ];
}

type Context = ReturnType<typeof context>;

function context({ track, view, marks }: TrackSheetsInput, language: Language) {
  const t = (key: MessageKey, params?: Record<string, MessageParam>) =>
    translate(language, key, params);
  const pick = (value: LocalizedText) => (language === 'zh-CN' ? value.zh : value.en);
  const groupIndex = new Map(track.groups.map((group, i) => [group.code, i]));
  const groupOrder = (code: string) => groupIndex.get(code) ?? -1;
  // The engine already orders by group, then rank with unranked last; keep that promise here.
  const entries = [...view.results.entries].sort(
    (a, b) =>
      groupOrder(a.group) - groupOrder(b.group) ||
      Number(a.rank === null) - Number(b.rank === null),
  );
  const details = new Map(view.entries.map((entry) => [entry.id, entry]));
  const groupCells = new Map(
    track.groups.map((group) => [group.code, text(pick(group.name))] as const),
  );
  const groupCell = (code: string) => groupCells.get(code) ?? text(code);
  const singleAwards = new Map<number, TrackResultsView['singleAwards']>();
  for (const award of view.singleAwards) {
    cachedIn(singleAwards, award.entryId, () => []).push(award);
  }
  const singleAwardsOf = (entry: EntryResult) => singleAwards.get(entry.entryId) ?? [];
  // Punctuation of lists: sentences (notes) and short items (marks, award names).
  const list = (items: string[]) => items.join(language === 'zh-CN' ? '；' : '; ');
  const series = (items: string[]) => joinList(language, items);
  // An award that can still move says so on paper too, as on the screen.
  const provisional = awardsProvisional(view.blockers, view.lock);
  const awardName = (award: EntryResult['award']) => {
    if (!award) return '';
    const name = pick(award.name);
    return provisional ? t('export.provisionalAward', { award: name }) : name;
  };
  // Criterion marks, quiz points and deductions in one format, as many places as the finest step
  // needs; judges' totals as the 公示 and the big screen write them (judgeTotalPlaces); the
  // final and panel score follow the track's own rounding.
  const places = markDecimals(track, view);
  const markFormat = numberFormat(places);
  const totalPlaces = judgeTotalPlaces(track);
  const totalFormat = numberFormat(totalPlaces);
  return {
    markFormat,
    totalFormat,
    droppedFormat: `(${totalFormat})`,
    totalText: (hundredths: number) => judgeTotalText(hundredths, totalPlaces),
    penaltyText: (hundredths: number) => formatPoints(hundredths, places),
    rankFormat: t('exportPrint.rankFormat'),
    awardName,
    t,
    pick,
    track,
    view,
    marks,
    entries,
    details,
    groupCell,
    singleAwardsOf,
    points: pointsCells(markFormat),
    list,
    series,
    language,
  };
}

/**
 * Marks as cells, one cell per value and format: a national detail sheet repeats the same few
 * hundred marks over a million times.
 */
function pointsCells(markFormat: string) {
  const byFormat = new Map<string, Map<number, Cell>>();
  return (hundredths: number | null, format = markFormat): Cell =>
    hundredths === null
      ? EMPTY
      : cachedIn(
          cachedIn(byFormat, format, () => new Map()),
          hundredths,
          (value) => number(pointsToNumber(value), format),
        );
}

/** Each panel judge's line on the entry, in panel order: the engine's, else found by judge. */
function judgeLines(view: TrackResultsView, entry: EntryResult): Array<JudgeLine | undefined> {
  return view.judges.map((judge, i) => {
    const line = entry.judges[i];
    return line?.judgeId === judge.id ? line : entry.judges.find((l) => l.judgeId === judge.id);
  });
}

function versionText({ t, view }: Context): string {
  const lock = view.lock;
  return !lock
    ? t('results.draft')
    : lock.current
      ? t('results.version', { version: lock.version })
      : t('export.changedSince', { version: lock.version });
}

function titleLines(
  competition: CompetitionInfo,
  ctx: Context,
  key: MessageKey,
  exportedAt: string | undefined,
): string[] {
  const { t, pick, track, view } = ctx;
  const { startDate: start, endDate: end } = competition;
  const dates = start && end && start !== end ? t('export.dates', { start, end }) : start || end;
  const event = [competition.edition, competition.venue, dates].filter(Boolean).join(' · ');
  return [
    competition.name,
    ...(event ? [event] : []),
    t(key, { track: pick(track.name) }),
    [
      versionText(ctx),
      ...(exportedAt ? [t('exportPrint.exportedAt', { time: exportedAt })] : []),
      t('results.inputHash', { hash: view.inputHash }),
    ].join(ctx.language === 'zh-CN' ? '　' : '  '),
  ];
}

/** Places the track's marks need: the finest criterion step, or a finer deduction. */
export function markDecimals(track: Track, view: TrackResultsView): number {
  let places = 0;
  for (const segment of track.segments) {
    for (const c of segment.criteria) places = Math.max(places, stepDecimals(c.step));
  }
  for (const entry of view.results.entries) {
    for (const line of entry.penalties.lines) {
      places = Math.max(places, stepDecimals(line.points));
    }
  }
  return places;
}

/** 组别 名次 编号 姓名 单位 省份 作品 | one column per judge | 去掉的分数 评委得分 … 提示 */
function results(ctx: Context): Pick<SheetModel, 'header' | 'rows'> {
  const { t, track, view, list, points } = ctx;
  const hasObjective = track.segments.some((segment) => segment.kind === 'objective');
  const header = [
    ...entryHeader(ctx, true),
    ...view.judges.map((judge) => seatedName(judge, ctx.language)),
    t('export.dropped'),
    t('results.panel'),
    ...(hasObjective ? [t('results.objective')] : []),
    t('results.penalties'),
    t('results.final'),
    t('results.award'),
    t('results.singleAwards'),
    t('results.flags'),
  ];
  const rows = ctx.entries.map((entry) => {
    const lines = judgeLines(view, entry);
    const dropped = lines.flatMap((line) =>
      line?.total != null && isDropped(line)
        ? [t(`export.${line.status as 'droppedHigh'}`, { value: ctx.totalText(line.total) })]
        : [],
    );
    const objective = entry.objective.lines.some((line) => line.value !== null)
      ? entry.objective.sum
      : null;
    const singles = ctx.singleAwardsOf(entry);
    return [
      ...entryCells(ctx, entry, true),
      ...lines.map((line) =>
        points(line?.total ?? null, isDropped(line) ? ctx.droppedFormat : ctx.totalFormat),
      ),
      text(ctx.series(dropped)),
      figure(entry.panel?.display ?? null, numberFormat(2, 2)),
      ...(hasObjective ? [points(objective)] : []),
      points(entry.penalties.sum === 0 ? null : entry.penalties.sum),
      figure(entry.final, numberFormat(track.decimals)),
      text(ctx.awardName(entry.award)),
      text(ctx.series(singles.map((award) => award.name))),
      text(list(notes(ctx, entry))),
    ];
  });
  return { header, rows };
}

/** Flags in words, then how the figure was formed where that is not the track's usual way. */
function notes(ctx: Context, entry: EntryResult): string[] {
  const { t, track } = ctx;
  const out = entry.flags.map((flag) => t(`flag.${flag}`));
  if (entry.rule && entry.rule !== track.aggregation.method) {
    out.push(t('results.ruleUsed', { rule: t(`rule.${entry.rule}`), count: entry.validJudges }));
  }
  if (entry.tieBreak) {
    const step = entry.tieBreak.step;
    const named =
      step.kind === 'criterion'
        ? track.segments.flatMap((s) => s.criteria).find((c) => c.code === step.code)?.name
        : step.kind === 'segment'
          ? track.segments.find((s) => s.code === step.code)?.name
          : undefined;
    const rule = t(`tieBreak.${step.kind}`, { name: named ?? ('code' in step ? step.code : '') });
    out.push(t('results.tieBreakUsed', { rule }));
  }
  for (const line of entry.penalties.lines) {
    out.push(
      t('export.penaltyNote', { points: ctx.penaltyText(line.points), reason: line.reason }),
    );
  }
  return out;
}

function entryHeader({ t }: Context, full: boolean): string[] {
  const who = [t('export.group'), t('results.rank'), t('results.no'), t('results.name')];
  return full ? [...who, t('results.organization'), t('results.region'), t('export.work')] : who;
}

function entryCells(ctx: Context, entry: EntryResult, full: boolean): Cell[] {
  const detail = ctx.details.get(entry.entryId);
  const who = [
    ctx.groupCell(entry.group),
    entry.rank === null ? EMPTY : number(entry.rank, ctx.rankFormat),
    text(entry.no),
    text(entry.name),
  ];
  if (!full) return who;
  return [
    ...who,
    text(detail?.organization ?? ''),
    text(detail?.region ?? ''),
    text(detail?.title ?? ''),
  ];
}

/** One row per entry and panel judge: every criterion mark, the judge's total and its status. */
function details(ctx: Context): Pick<SheetModel, 'header' | 'rows'> {
  const { t, pick, track, view } = ctx;
  const criteria = track.segments
    .filter((segment) => segment.kind === 'judged')
    .flatMap((segment) => segment.criteria);
  const header = [
    ...entryHeader(ctx, false),
    t('export.judge'),
    ...criteria.map((c) =>
      t('export.criterionHeader', { name: pick(c.name), max: formatPoints(c.max) }),
    ),
    t('export.judgeTotal'),
    t('export.status'),
  ];
  const formats = criteria.map(() => ctx.markFormat);
  const judgeCells = view.judges.map((judge) => text(seatedName(judge, ctx.language)));
  const statusCells = new Map<JudgeStatus | undefined, Cell>();
  const statusCell = (line: JudgeLine | undefined) =>
    cachedIn(statusCells, line?.status, (status) =>
      status ? text(t(`judgeStatus.${status}`)) : EMPTY,
    );
  // A row's values follow the judged criteria in this same order (MarkTable); of a judge and
  // entry given twice, the last row counts.
  const { marks, points } = ctx;
  const marksRows = new Map<number, Map<number, number>>();
  for (let r = 0; r < marks.judgeIds.length; r++) {
    cachedIn(marksRows, marks.entryIds[r]!, () => new Map()).set(marks.judgeIds[r]!, r);
  }
  const rows: Cell[][] = [];
  for (const entry of ctx.entries) {
    const who = entryCells(ctx, entry, false);
    const lines = judgeLines(view, entry);
    const byJudge = marksRows.get(entry.entryId);
    view.judges.forEach((judge, j) => {
      const line = lines[j];
      const row = line?.status === 'recused' ? undefined : byJudge?.get(judge.id);
      const at = row === undefined ? -1 : row * marks.width;
      rows.push([
        ...who,
        judgeCells[j]!,
        ...formats.map((format, i) => {
          const value = at < 0 ? BLANK : marks.values[at + i]!;
          return points(value === BLANK ? null : value, format);
        }),
        points(line?.total ?? null, ctx.totalFormat),
        statusCell(line),
      ]);
    });
  }
  return { header, rows };
}

/** Per group: tier by tier (then the rest award), then the jury's single awards. */
function awards(ctx: Context): Pick<SheetModel, 'header' | 'rows'> {
  const { t, track } = ctx;
  const [groupHeader = '', ...who] = entryHeader(ctx, true);
  const header = [groupHeader, t('results.award'), ...who, t('results.final')];
  const row = (award: string, entry: EntryResult) => {
    const [group = EMPTY, ...cells] = entryCells(ctx, entry, true);
    return [group, text(award), ...cells, figure(entry.final, numberFormat(track.decimals))];
  };
  const rows = track.groups.flatMap((group) => {
    const inGroup = ctx.entries.filter((entry) => entry.group === group.code);
    const tiered = inGroup
      .filter((entry) => entry.award !== null)
      .sort((a, b) => (a.award?.tier ?? Infinity) - (b.award?.tier ?? Infinity));
    const singles = inGroup.flatMap((entry) =>
      ctx.singleAwardsOf(entry).map((award) => ({ award, entry })),
    );
    singles.sort((a, b) => a.award.name.localeCompare(b.award.name, ctx.language));
    return [
      ...tiered.map((entry) => row(ctx.awardName(entry.award), entry)),
      ...singles.map(({ award, entry }) =>
        row(t('export.singleAward', { name: award.name }), entry),
      ),
    ];
  });
  return { header, rows };
}
