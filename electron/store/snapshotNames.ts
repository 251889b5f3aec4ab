// How a snapshot's file name says when it was taken and in which order.
//
// Why a sequence number and not the clock: a head-table laptop's clock is set by hand, and is
// sometimes set back (wrong time zone fixed mid-event) or ahead (a dead CMOS battery, a typo).
// Ordered by time, a snapshot taken after the clock went back sorted as the oldest and was
// rotated out at once, and one taken while it was ahead stayed "latest" for ever. The number
// (one more than the highest in the folder) is the order they were really taken in; the time
// stays in the name only for people to read.
//
// `000042-20261021-093000-123--merge.scoredesk-backup`: number, time (UTC), reason. Names of the
// earlier form, `20261021-093000-123[-n]--merge.scoredesk-backup`, still list and restore; they
// were all taken before the first numbered one, so they count as number 0, among themselves by
// time as before.

export const SNAPSHOT_EXTENSION = '.scoredesk-backup';
/** Reasons are short codes; the screens translate the known ones (`backup.reason.*`). */
export const REASON = /^[a-z][a-z0-9-]{0,39}$/;
const NUMBERED = /^(\d{6,})-(\d{8}-\d{6}-\d{3})--([a-z][a-z0-9-]{0,39})\.scoredesk-backup$/;
const TIMED = /^(\d{8}-\d{6}-\d{3})(?:-(\d+))?--([a-z][a-z0-9-]{0,39})\.scoredesk-backup$/;

export interface SnapshotName {
  sequence: number;
  /** ISO time the snapshot was taken, by the computer's clock then. */
  at: string;
  reason: string;
  /** Orders snapshots of the same number (only old-style names share one: 0). */
  tieBreak: string;
}

export function snapshotName(sequence: number, date: Date, reason: string): string {
  return `${String(sequence).padStart(6, '0')}-${stamp(date)}--${reason}${SNAPSHOT_EXTENSION}`;
}

export function parseSnapshotName(name: string): SnapshotName | null {
  const numbered = NUMBERED.exec(name);
  if (numbered) {
    return {
      sequence: Number(numbered[1]),
      at: stampToIso(numbered[2]!),
      reason: numbered[3]!,
      tieBreak: '',
    };
  }
  const timed = TIMED.exec(name);
  if (!timed) return null;
  return {
    sequence: 0,
    at: stampToIso(timed[1]!),
    reason: timed[3]!,
    // The same-millisecond counter, zero-padded so 10 sorts after 9.
    tieBreak: `${timed[1]}-${(timed[2] ?? '1').padStart(6, '0')}`,
  };
}

/** Newest first. */
export function newestFirst(a: SnapshotName, b: SnapshotName): number {
  return b.sequence - a.sequence || b.tieBreak.localeCompare(a.tieBreak);
}

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-10-21T09:30:00.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
}

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(16, 19)}Z`;
}
