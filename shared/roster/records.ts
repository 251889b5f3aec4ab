import type { TeamMember } from '../domain/people';
import { cleanPhone, phoneLooksValid } from '../domain/phone';
import type { Track } from '../domain/rubric';
import type { LocalizedText } from '../domain/text';
import { textKey } from '../domain/textKey';
import type { MessageParam } from '../errors';
import type { MessageKey } from '../i18n/catalog';
import { type ImportField, type ImportKind, type Mapping, requiredFields } from './fields';
import { columnLetter } from './headers';
import { cleanCell, cleanNo, cleanValue, splitList } from './normalize';

/** A sheet read as text; cells a person cannot trust are listed apart, with where they are. */
export interface Grid {
  /** The file's name, for messages about its cells. */
  file: string;
  sheet: string;
  rows: string[][];
  cellIssues: CellIssue[];
}

export interface CellIssue {
  /** 0-based, as in Grid.rows. */
  row: number;
  col: number;
  code: 'import.formulaNoValue' | 'import.cellError';
  value?: string;
}

/** One problem, where it is: the sheet's row number (1-based) and column letter. */
export interface ImportProblem {
  row: number;
  column: string | null;
  code: MessageKey;
  params?: Record<string, MessageParam>;
}

export type TrackInfo = Pick<
  Track,
  'code' | 'name' | 'aliases' | 'entryKind' | 'teamSize' | 'groups'
>;

/** An entry as the file states it; fields without a column are absent, and stay as stored. */
export interface RosterRecord {
  row: number;
  track: string;
  group: string;
  no: string;
  name: string;
  organization?: string;
  region?: string;
  title?: string;
  members?: TeamMember[];
}

export interface JudgeRecord {
  row: number;
  name: string;
  organization?: string;
  region?: string;
  phone?: string;
  tracks?: string[];
}

const MAX_TEXT = 200;
const MAX_NO = 40;
const MAX_MEMBERS = 50;

export const fieldLabels: Record<ImportField, LocalizedText> = {
  no: { zh: '编号', en: 'Entry no.' },
  name: { zh: '姓名/队名', en: 'Name / team' },
  track: { zh: '赛项', en: 'Track' },
  group: { zh: '组别', en: 'Group' },
  organization: { zh: '单位', en: 'Organization' },
  region: { zh: '省份/赛区', en: 'Province / region' },
  title: { zh: '作品名称', en: 'Title of the work' },
  members: { zh: '团队成员', en: 'Team members' },
  member: { zh: '成员（一列一人）', en: 'Member (one per column)' },
  roles: { zh: '职务/分工', en: 'Roles' },
  phone: { zh: '电话', en: 'Phone' },
  tracks: { zh: '评审赛项', en: 'Panels (tracks)' },
};

/** The track a roster names, by any of its names or aliases (科学表演 → 科普短剧). */
export function findTrack(tracks: readonly TrackInfo[], text: string): TrackInfo | undefined {
  const key = textKey(text);
  return tracks.find((track) =>
    [track.code, track.name.zh, track.name.en, ...track.aliases].some(
      (name) => textKey(name) === key,
    ),
  );
}

function findGroup(track: TrackInfo, text: string): string | undefined {
  const key = textKey(text);
  return track.groups.find((g) =>
    [g.code, g.name.zh, g.name.en].some((name) => textKey(name) === key),
  )?.code;
}

interface Reader {
  problems: ImportProblem[];
  /** The cleaned text of the one column feeding a field, and that column. */
  one(row: string[], field: ImportField): { text: string; column: string | null };
  all(row: string[], field: ImportField): string[];
  at(field: ImportField): string | null;
}

function reader(mapping: Mapping): Reader {
  const columnsOf = (field: ImportField) =>
    mapping.flatMap((f, index) => (f === field ? [index] : []));
  return {
    problems: [],
    one(row, field) {
      const index = columnsOf(field)[0];
      if (index === undefined) return { text: '', column: null };
      return { text: row[index] ?? '', column: columnLetter(index) };
    },
    all(row, field) {
      return columnsOf(field).map((index) => row[index] ?? '');
    },
    at(field) {
      const index = columnsOf(field)[0];
      return index === undefined ? null : columnLetter(index);
    },
  };
}

/** Problems of the mapping itself: a required field without a column, a field given twice. */
export function checkMapping(
  mapping: Mapping,
  kind: ImportKind,
  headerRow: number,
  hasDefaultTrack: boolean,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const field of requiredFields(kind, hasDefaultTrack)) {
    // A team list may name its entries by the work alone (作品名称): the title stands in.
    if (field === 'name' && kind === 'roster' && mapping.includes('title')) continue;
    if (!mapping.includes(field)) {
      problems.push({
        row: headerRow,
        column: null,
        code: 'import.columnMissing',
        params: { field: fieldLabels[field] },
      });
    }
  }
  const seen = new Set<ImportField>();
  for (const [index, field] of mapping.entries()) {
    if (field === null || field === 'member') continue;
    if (seen.has(field)) {
      problems.push({
        row: headerRow,
        column: columnLetter(index),
        code: 'import.columnTwice',
        params: { field: fieldLabels[field] },
      });
    }
    seen.add(field);
  }
  return problems;
}

function tooLong(
  problems: ImportProblem[],
  row: number,
  column: string | null,
  text: string,
  max = MAX_TEXT,
) {
  if (text.length > max) {
    problems.push({ row, column, code: 'import.tooLong', params: { max, length: text.length } });
  }
}

const isBlank = (row: string[], mapping: Mapping) =>
  mapping.every((field, index) => field === null || cleanCell(row[index] ?? '') === '');

/** Problems of cells whose value cannot be trusted, inside the rows and columns being read. */
function cellProblems(grid: Grid, headerIndex: number, mapping: Mapping): ImportProblem[] {
  return grid.cellIssues
    .filter((issue) => issue.row > headerIndex && mapping[issue.col] != null)
    .map((issue) => ({
      row: issue.row + 1,
      column: columnLetter(issue.col),
      code: issue.code,
      params: {
        file: grid.file,
        cell: `${columnLetter(issue.col)}${issue.row + 1}`,
        ...(issue.value ? { value: issue.value } : {}),
      },
    }));
}

/** Entries from the rows under the header, with every problem by row and column. */
export function readRosterRows(
  grid: Grid,
  headerIndex: number,
  mapping: Mapping,
  tracks: readonly TrackInfo[],
  defaultTrack: string | undefined,
): { records: RosterRecord[]; problems: ImportProblem[] } {
  const r = reader(mapping);
  const problems: ImportProblem[] = [
    ...checkMapping(mapping, 'roster', headerIndex + 1, defaultTrack !== undefined),
    ...cellProblems(grid, headerIndex, mapping),
  ];
  if (problems.some((p) => p.code === 'import.columnMissing' || p.code === 'import.columnTwice')) {
    return { records: [], problems };
  }
  const fallback = tracks.find((t) => t.code === defaultTrack);
  const records: RosterRecord[] = [];
  const firstRow = new Map<string, RosterRecord>();
  const hasMembers = mapping.includes('members') || mapping.includes('member');

  for (let index = headerIndex + 1; index < grid.rows.length; index += 1) {
    const cells = grid.rows[index]!;
    if (isBlank(cells, mapping)) continue;
    const row = index + 1;
    const at = (field: ImportField) => r.at(field);
    const value = (field: ImportField) => cleanValue(r.one(cells, field).text);

    // Track: the cell, else the track whose roster page the import started from.
    const trackText = value('track');
    let track = fallback;
    if (trackText !== '') {
      track = findTrack(tracks, trackText);
      if (!track) {
        problems.push({
          row,
          column: at('track'),
          code: 'import.unknownTrack',
          params: { value: trackText },
        });
        continue;
      }
    } else if (!track) {
      problems.push({ row, column: at('track'), code: 'import.missingTrack' });
      continue;
    }

    const groupText = value('group');
    let group = track.groups.find((g) => g.isDefault)?.code ?? track.groups[0]!.code;
    if (groupText !== '') {
      const found = findGroup(track, groupText);
      if (!found) {
        problems.push({
          row,
          column: at('group'),
          code: 'import.unknownGroup',
          params: { value: groupText, track: track.name },
        });
      } else group = found;
    }

    const no = cleanNo(r.one(cells, 'no').text);
    const title = value('title');
    const team = track.entryKind === 'team';
    // A team is often known by its work alone: the title stands in for a missing team name.
    const name = value('name') || (team ? title : '');
    const flagged = (field: ImportField) =>
      grid.cellIssues.some((i) => i.row === index && columnLetter(i.col) === at(field));
    if (no === '' && !flagged('no')) {
      problems.push({ row, column: at('no'), code: 'import.missingNo' });
    }
    if (name === '' && !flagged('name')) {
      problems.push({ row, column: at('name') ?? at('title'), code: 'import.missingName' });
    }
    tooLong(problems, row, at('no'), no, MAX_NO);
    for (const field of ['name', 'organization', 'region', 'title'] as const) {
      tooLong(problems, row, at(field), value(field));
    }

    let members: TeamMember[] | undefined;
    if (hasMembers && team) {
      const names = [
        ...r.all(cells, 'members').flatMap(splitList),
        ...r.all(cells, 'member').flatMap(splitList),
      ];
      const roles = r.all(cells, 'roles').flatMap(splitList);
      members = names.map((memberName, i) => ({ name: memberName, role: roles[i] ?? '' }));
      for (const member of members)
        tooLong(problems, row, at('members') ?? at('member'), member.name);
    }

    const record: RosterRecord = { row, track: track.code, group, no, name };
    if (at('organization')) record.organization = value('organization');
    if (at('region')) record.region = value('region');
    if (at('title')) record.title = title;
    if (members) record.members = members;

    if (no !== '') {
      const key = `${track.code}\u0000${textKey(no)}`;
      const first = firstRow.get(key);
      const previous = records.at(-1);
      if (first && first === previous && first.name === name && members && first.members) {
        // One row per team member, the entry's own cells merged down: the same entry continued.
        first.members.push(...members);
        continue;
      }
      if (first) {
        problems.push({
          row,
          column: at('no'),
          code: 'import.duplicateNo',
          params: { no, first: first.row },
        });
        continue;
      }
      firstRow.set(key, record);
    }
    records.push(record);
  }

  for (const record of records) {
    const track = tracks.find((t) => t.code === record.track)!;
    const count = record.members?.length ?? 0;
    if (
      track.entryKind === 'team' &&
      count > 0 &&
      (count < track.teamSize.min || count > Math.min(track.teamSize.max, MAX_MEMBERS))
    ) {
      problems.push({
        row: record.row,
        column: r.at('members') ?? r.at('member'),
        code: 'import.teamSize',
        params: { count, min: track.teamSize.min, max: track.teamSize.max, track: track.name },
      });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}

/** Judges from the rows under the header, with their panels matched to tracks. */
export function readJudgeRows(
  grid: Grid,
  headerIndex: number,
  mapping: Mapping,
  tracks: readonly TrackInfo[],
): { records: JudgeRecord[]; problems: ImportProblem[] } {
  const r = reader(mapping);
  const problems: ImportProblem[] = [
    ...checkMapping(mapping, 'judges', headerIndex + 1, false),
    ...cellProblems(grid, headerIndex, mapping),
  ];
  if (problems.some((p) => p.code === 'import.columnMissing' || p.code === 'import.columnTwice')) {
    return { records: [], problems };
  }
  const records: JudgeRecord[] = [];
  const firstRow = new Map<string, number>();
  for (let index = headerIndex + 1; index < grid.rows.length; index += 1) {
    const cells = grid.rows[index]!;
    if (isBlank(cells, mapping)) continue;
    const row = index + 1;
    const value = (field: ImportField) => cleanValue(r.one(cells, field).text);
    const name = value('name');
    if (name === '') {
      problems.push({ row, column: r.at('name'), code: 'import.missingName' });
      continue;
    }
    for (const field of ['name', 'organization', 'region'] as const) {
      tooLong(problems, row, r.at(field), value(field));
    }
    // Two people may share a name; the same name at the same organization is one person twice.
    const key = `${textKey(name)}\u0000${textKey(value('organization'))}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      problems.push({
        row,
        column: r.at('name'),
        code: 'import.duplicateJudge',
        params: { name, first },
      });
      continue;
    }
    firstRow.set(key, row);
    const record: JudgeRecord = { row, name };
    if (r.at('organization')) record.organization = value('organization');
    if (r.at('region')) record.region = value('region');
    if (r.at('phone')) {
      // Loosely, as the judge form checks it: a number nobody could dial is a row to fix.
      const phone = cleanPhone(r.one(cells, 'phone').text);
      if (phoneLooksValid(phone)) record.phone = phone;
      else problems.push({ row, column: r.at('phone'), code: 'judge.badPhone', params: { phone } });
    }
    if (r.at('tracks')) {
      const codes: string[] = [];
      const whole = (text: string) =>
        findTrack(tracks, text) ? [cleanValue(text)] : splitList(text);
      for (const part of r.all(cells, 'tracks').flatMap(whole)) {
        const track = findTrack(tracks, part);
        if (!track) {
          problems.push({
            row,
            column: r.at('tracks'),
            code: 'import.unknownTrack',
            params: { value: part },
          });
        } else if (!codes.includes(track.code)) codes.push(track.code);
      }
      record.tracks = tracks.map((t) => t.code).filter((c) => codes.includes(c));
    }
    records.push(record);
  }
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}
