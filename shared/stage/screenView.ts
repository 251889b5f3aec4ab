import type { Entry } from '../domain/people';
import { formatPoints } from '../domain/points';
import type { LocalizedText } from '../domain/text';
import type { EntryResult, JudgeStatus } from '../scoring';
import { judgeTotalText } from '../scoring/markPlaces';
import { rankSoFar } from './review';
import type { TimerState } from './timer';

// What the big screen (亮分屏) shows, and nothing more: the display role reads this and only
// this. Built from released entries only, with the figures as they were at the release: an
// entry the head judge has not released (or released, then held) never appears, not even in
// the queue's names beyond number, name and organization.

export const screenModes = ['entry', 'queue', 'blank'] as const;
export type ScreenMode = (typeof screenModes)[number];

export interface ScreenMark {
  seat: number;
  /** The judge's total as the track prints it; null for a recused or missing judge. */
  total: string | null;
  struck: 'high' | 'low' | null;
  /** Why there is no mark. */
  none: 'recused' | 'missing' | null;
}

export interface ScreenEntry {
  entryId: number;
  no: string;
  name: string;
  members: string[];
  organization: string;
  title: string;
  group: LocalizedText | null;
  marks: ScreenMark[];
  /** Penalties taken off, as text (null: none). */
  deduction: string | null;
  final: string;
  /** Null in ceremony mode (ranks withheld) or when unranked. */
  rank: number | null;
  /** Entries of the group released so far (the n of "rank so far"). */
  releasedInGroup: number;
}

export interface ScreenQueueLine {
  no: string;
  name: string;
  organization: string;
}

export interface ScreenView {
  /** Rises with every change the head table makes: the screen redraws when it moves. */
  version: number;
  mode: ScreenMode;
  english: boolean;
  ceremony: boolean;
  competition: string;
  track: LocalizedText | null;
  entry: ScreenEntry | null;
  queue: {
    current: ScreenQueueLine | null;
    next: ScreenQueueLine | null;
    prepare: ScreenQueueLine | null;
  };
  timer: (TimerState & { limitSeconds: number; serverNow: number; no: string }) | null;
}

/** A released entry's marks, by seat, the dropped ones struck out. */
export function screenMarks(
  result: Pick<EntryResult, 'judges'>,
  seats: ReadonlyMap<number, number>,
  /** judgeTotalPlaces of the track: as the 公示 and the Excel results write them. */
  places: number,
): ScreenMark[] {
  const marks = result.judges.map((line) => ({
    seat: seats.get(line.judgeId) ?? 0,
    total:
      line.total !== null && VALID.has(line.status) ? judgeTotalText(line.total, places) : null,
    struck: struckAs(line.status),
    none:
      line.status === 'recused'
        ? ('recused' as const)
        : VALID.has(line.status)
          ? null
          : ('missing' as const),
  }));
  return marks.sort((a, b) => a.seat - b.seat);
}

const VALID: ReadonlySet<JudgeStatus> = new Set(['counted', 'droppedHigh', 'droppedLow']);

function struckAs(status: JudgeStatus): 'high' | 'low' | null {
  if (status === 'droppedHigh') return 'high';
  if (status === 'droppedLow') return 'low';
  return null;
}

export function screenEntry(options: {
  entry: Entry;
  result: EntryResult;
  released: ReadonlyArray<EntryResult>;
  seats: ReadonlyMap<number, number>;
  places: number;
  group: LocalizedText | null;
}): ScreenEntry | null {
  const { entry, result } = options;
  if (result.final === null) return null;
  const sameGroup = options.released.filter((r) => r.group === result.group);
  return {
    entryId: entry.id,
    no: entry.no,
    name: entry.name,
    members: entry.members.map((m) => m.name),
    organization: entry.organization,
    title: entry.title,
    group: options.group,
    marks: screenMarks(result, options.seats, options.places),
    deduction: result.penalties.sum > 0 ? formatPoints(result.penalties.sum) : null,
    final: result.final,
    // Kept with the release; ceremony mode withholds it as the screen is read (screenService).
    rank: rankSoFar(result, options.released),
    releasedInGroup: sameGroup.some((r) => r.entryId === result.entryId)
      ? sameGroup.length
      : sameGroup.length + 1,
  };
}

export function queueLine(entry: Pick<Entry, 'no' | 'name' | 'organization'>): ScreenQueueLine {
  return { no: entry.no, name: entry.name, organization: entry.organization };
}
