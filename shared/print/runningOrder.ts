import type { Entry, EntryStatus } from '../domain/people';
import { compareRunningOrder } from '../scoring/entryOrder';

// The running order (出场顺序) as the host reads it and the wall shows it: who performs when.
// Built from the entries alone, so nothing about the panel or its recusals can reach the page.

export interface RunningOrderRow {
  /** Draw order; null until drawn. */
  order: number | null;
  no: string;
  name: string;
  /** A team's members, in the roster's order. */
  members: string[];
  organization: string;
  title: string;
  status: EntryStatus;
  /** "09:00–09:12", when a start time was given and the entry performs. */
  slot: { from: string; to: string } | null;
}

export interface Schedule {
  /** "HH:MM", the first entry's start. */
  start: string;
  /** Minutes from one entry's start to the next one's (performance and changeover). */
  minutesPerEntry: number;
}

const TIME = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/;

/** "9:05" or "09：05" → minutes after midnight; null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = TIME.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 545 → "09:05"; past midnight wraps (a long evening round). */
export function formatTimeOfDay(minutes: number): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
}

/**
 * Entries in draw order (undrawn last, by number). Only entries that still perform get a time
 * slot, back to back from the start: a withdrawn or disqualified entry keeps its place in the
 * list, with its status, but no slot, so the times printed are the times that will happen.
 */
export function runningOrder(
  entries: ReadonlyArray<
    Pick<Entry, 'drawOrder' | 'no' | 'name' | 'members' | 'organization' | 'title' | 'status'>
  >,
  schedule: Schedule | null,
): RunningOrderRow[] {
  const sorted = [...entries].sort(compareRunningOrder);
  const start = schedule ? parseTimeOfDay(schedule.start) : null;
  const step = schedule && schedule.minutesPerEntry > 0 ? schedule.minutesPerEntry : null;
  let next = start;
  return sorted.map((entry) => {
    const performs = entry.status === 'competing' || entry.status === 'absent';
    let slot: RunningOrderRow['slot'] = null;
    if (next !== null && step !== null && performs) {
      slot = { from: formatTimeOfDay(next), to: formatTimeOfDay(next + step) };
      next += step;
    }
    return {
      order: entry.drawOrder,
      no: entry.no,
      name: entry.name,
      members: entry.members.map((member) => member.name),
      organization: entry.organization,
      title: entry.title,
      status: entry.status,
      slot,
    };
  });
}
