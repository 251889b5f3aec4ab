import type { Entry, EntryInput, Judge, JudgeInput, TeamMember } from '../domain/people';
import { normalizeName } from '../domain/rubricRules';
import type { ImportField } from './fields';
import type { JudgeRecord, RosterRecord } from './records';

/** One line of what an import will do. */
export interface DiffItem {
  /** The sheet row, for added and changed items. */
  row: number | null;
  track: string | null;
  no: string | null;
  name: string;
  /** What differs, for changed items. */
  fields: ImportField[];
}

export interface ImportDiff {
  added: DiffItem[];
  changed: DiffItem[];
  removed: DiffItem[];
  /** In the store, not in the file, but already marked: reported and kept. */
  keptWithMarks: DiffItem[];
  unchanged: number;
}

export interface RosterPlan {
  diff: ImportDiff;
  /** Entries to save, in file order: new ones without an id. */
  save: EntryInput[];
  remove: number[];
}

const sameMembers = (a: TeamMember[], b: TeamMember[]) =>
  a.length === b.length && a.every((m, i) => m.name === b[i]!.name && m.role === b[i]!.role);

/**
 * What importing these entries into these tracks does: an entry is the same entry when its track
 * and number match. Entries of those tracks missing from the file go, unless they have marks.
 */
export function planRoster(
  records: RosterRecord[],
  existing: Entry[],
  scope: string[],
  hasMarks: (id: number) => boolean,
): RosterPlan {
  const key = (track: string, no: string) => `${track}\u0000${no}`;
  const stored = new Map(existing.map((e) => [key(e.track, e.no), e]));
  const diff: ImportDiff = { added: [], changed: [], removed: [], keptWithMarks: [], unchanged: 0 };
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
    diff.changed.push({ ...item, fields });
    save.push(after);
  }
  const remove: number[] = [];
  for (const entry of existing) {
    if (!scope.includes(entry.track) || seen.has(key(entry.track, entry.no))) continue;
    const item = { row: null, track: entry.track, no: entry.no, name: entry.name, fields: [] };
    if (hasMarks(entry.id)) diff.keptWithMarks.push(item);
    else {
      diff.removed.push(item);
      remove.push(entry.id);
    }
  }
  return { diff, save, remove };
}

export interface JudgePlan {
  diff: ImportDiff;
  save: JudgeInput[];
  remove: number[];
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Judges are the same judge by name (spaces and width aside). */
export function planJudges(
  records: JudgeRecord[],
  existing: Judge[],
  hasScores: (id: number) => boolean,
): JudgePlan {
  const stored = new Map(existing.map((j) => [normalizeName(j.name), j]));
  const diff: ImportDiff = { added: [], changed: [], removed: [], keptWithMarks: [], unchanged: 0 };
  const save: JudgeInput[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const k = normalizeName(record.name);
    seen.add(k);
    const before = stored.get(k);
    const item = { row: record.row, track: null, no: null, name: record.name };
    if (!before) {
      diff.added.push({ ...item, fields: [] });
      save.push({
        name: record.name,
        organization: record.organization ?? '',
        region: record.region ?? '',
        tracks: record.tracks ?? [],
      });
      continue;
    }
    const after: JudgeInput = {
      id: before.id,
      name: record.name,
      organization: record.organization ?? before.organization,
      region: record.region ?? before.region,
      tracks: record.tracks ?? before.tracks,
    };
    const fields: ImportField[] = [];
    if (after.name !== before.name) fields.push('name');
    if (after.organization !== before.organization) fields.push('organization');
    if (after.region !== before.region) fields.push('region');
    if (!sameList(after.tracks, before.tracks)) fields.push('tracks');
    if (fields.length === 0) {
      diff.unchanged += 1;
      continue;
    }
    diff.changed.push({ ...item, fields });
    save.push(after);
  }
  const remove: number[] = [];
  for (const judge of existing) {
    if (seen.has(normalizeName(judge.name))) continue;
    const item = { row: null, track: null, no: null, name: judge.name, fields: [] };
    if (hasScores(judge.id)) diff.keptWithMarks.push(item);
    else {
      diff.removed.push(item);
      remove.push(judge.id);
    }
  }
  return { diff, save, remove };
}
