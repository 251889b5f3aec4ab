import type { Entry, EntryInput, Judge, JudgeInput, TeamMember } from '../domain/people';
import { textKey } from '../domain/textKey';
import type { ImportField } from './fields';
import { matchJudges } from './judgeMatch';
import type { ImportProblem, JudgeRecord, RosterRecord } from './records';

/** One line of what an import will do. */
export interface DiffItem {
  /** The sheet row, for added and changed items. */
  row: number | null;
  track: string | null;
  no: string | null;
  name: string;
  /** What differs, for changed items. */
  fields: ImportField[];
  /** The stored name, when the file changes it (a corrected name: old → new). */
  previousName?: string;
}

export interface ImportDiff {
  added: DiffItem[];
  changed: DiffItem[];
  /** In the store, not in the file, without marks: removed only when the organizer asks. */
  missing: DiffItem[];
  /** What this import removes: `missing` when asked to remove them, else nothing. */
  removed: DiffItem[];
  /** In the store, not in the file, but already marked: reported and always kept. */
  keptWithMarks: DiffItem[];
  unchanged: number;
}

const emptyDiff = (): ImportDiff => ({
  added: [],
  changed: [],
  missing: [],
  removed: [],
  keptWithMarks: [],
  unchanged: 0,
});

export interface RosterPlan {
  diff: ImportDiff;
  /** Entries to save, in file order: new ones without an id. */
  save: EntryInput[];
  remove: number[];
}

const sameMembers = (a: TeamMember[], b: TeamMember[]) =>
  a.length === b.length && a.every((m, i) => m.name === b[i]!.name && m.role === b[i]!.role);

/**
 * What importing these entries into these tracks does: an entry is the same entry, its id kept,
 * when its track and number match (numbers compared by textKey: ００１ is 001). A file adds and
 * updates; entries of those tracks missing from it are removed only with `removeMissing` (a
 * supplementary list names only the late ones), and never when they have marks.
 */
export function planRoster(
  records: RosterRecord[],
  existing: Entry[],
  scope: string[],
  hasMarks: (id: number) => boolean,
  removeMissing = false,
): RosterPlan {
  const key = (track: string, no: string) => `${track}\u0000${textKey(no)}`;
  const stored = new Map(existing.map((e) => [key(e.track, e.no), e]));
  const diff = emptyDiff();
  const save: EntryInput[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const k = key(record.track, record.no);
    seen.add(k);
    const before = stored.get(k);
    const item = { row: record.row, track: record.track, no: record.no, name: record.name };
    if (!before) {
      diff.added.push({ ...item, fields: [] });
      save.push({
        track: record.track,
        group: record.group,
        no: record.no,
        name: record.name,
        organization: record.organization ?? '',
        region: record.region ?? '',
        title: record.title ?? '',
        status: 'competing',
        members: record.members ?? [],
      });
      continue;
    }
    const after: EntryInput = {
      id: before.id,
      track: before.track,
      group: record.group,
      no: before.no,
      name: record.name,
      organization: record.organization ?? before.organization,
      region: record.region ?? before.region,
      title: record.title ?? before.title,
      status: before.status,
      members: record.members ?? before.members,
    };
    const fields: ImportField[] = [];
    if (after.group !== before.group) fields.push('group');
    if (after.name !== before.name) fields.push('name');
    if (after.organization !== before.organization) fields.push('organization');
    if (after.region !== before.region) fields.push('region');
    if (after.title !== before.title) fields.push('title');
    if (!sameMembers(after.members, before.members)) fields.push('members');
    if (fields.length === 0) {
      diff.unchanged += 1;
      continue;
    }
    diff.changed.push({ ...item, fields, ...renamed(before.name, after.name) });
    save.push(after);
  }
  const remove: number[] = [];
  for (const entry of existing) {
    if (!scope.includes(entry.track) || seen.has(key(entry.track, entry.no))) continue;
    const item = { row: null, track: entry.track, no: entry.no, name: entry.name, fields: [] };
    if (hasMarks(entry.id)) diff.keptWithMarks.push(item);
    else {
      diff.missing.push(item);
      if (removeMissing) {
        diff.removed.push(item);
        remove.push(entry.id);
      }
    }
  }
  return { diff, save, remove };
}

const renamed = (before: string, after: string) =>
  before === after ? {} : { previousName: before };

export interface JudgePlan {
  diff: ImportDiff;
  save: JudgeInput[];
  remove: number[];
  /** Rows that could be more than one stored judge: shown, never guessed (judgeMatch.ts). */
  problems: ImportProblem[];
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Judges matched as judgeMatch.ts explains: the same name, or a corrected name with everything
 * else the same, is the same judge, their id and key kept. Missing judges as for entries.
 */
export function planJudges(
  records: JudgeRecord[],
  existing: Judge[],
  hasScores: (id: number) => boolean,
  removeMissing = false,
): JudgePlan {
  const diff = emptyDiff();
  const save: JudgeInput[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<number>();
  const matches = matchJudges(records, existing);
  for (const [i, record] of records.entries()) {
    const match = matches[i]!;
    const item = { row: record.row, track: null, no: null, name: record.name };
    if (match.kind === 'ambiguous') {
      for (const judge of match.candidates) seen.add(judge.id);
      problems.push(ambiguity(record, match.reason, match.candidates));
      continue;
    }
    if (match.kind === 'new') {
      diff.added.push({ ...item, fields: [] });
      save.push({
        name: record.name,
        organization: record.organization ?? '',
        region: record.region ?? '',
        phone: record.phone ?? '',
        tracks: record.tracks ?? [],
      });
      continue;
    }
    const before = match.judge;
    seen.add(before.id);
    const after: JudgeInput = {
      id: before.id,
      name: record.name,
      organization: record.organization ?? before.organization,
      region: record.region ?? before.region,
      phone: record.phone ?? before.phone,
      tracks: record.tracks ?? before.tracks,
    };
    const fields: ImportField[] = [];
    if (after.name !== before.name) fields.push('name');
    if (after.organization !== before.organization) fields.push('organization');
    if (after.region !== before.region) fields.push('region');
    if (after.phone !== before.phone) fields.push('phone');
    if (!sameList(after.tracks, before.tracks)) fields.push('tracks');
    if (fields.length === 0) {
      diff.unchanged += 1;
      continue;
    }
    diff.changed.push({ ...item, fields, ...renamed(before.name, after.name) });
    save.push(after);
  }
  const remove: number[] = [];
  for (const judge of existing) {
    if (seen.has(judge.id)) continue;
    const item = { row: null, track: null, no: null, name: judge.name, fields: [] };
    if (hasScores(judge.id)) diff.keptWithMarks.push(item);
    else {
      diff.missing.push(item);
      if (removeMissing) {
        diff.removed.push(item);
        remove.push(judge.id);
      }
    }
  }
  return { diff, save, remove, problems };
}

function ambiguity(
  record: JudgeRecord,
  reason: 'sameName' | 'rename',
  candidates: Judge[],
): ImportProblem {
  const list = (show: (j: Judge) => string, between: string) => candidates.map(show).join(between);
  if (reason === 'rename') {
    return {
      row: record.row,
      column: null,
      code: 'import.ambiguousRename',
      params: {
        name: record.name,
        candidates: { zh: list((j) => j.name, '”或“'), en: list((j) => j.name, '” or “') },
      },
    };
  }
  return {
    row: record.row,
    column: null,
    code: 'import.ambiguousJudge',
    params: {
      name: record.name,
      organizations: {
        zh: list((j) => j.organization || '—', '、'),
        en: list((j) => j.organization || '—', ', '),
      },
    },
  };
}
