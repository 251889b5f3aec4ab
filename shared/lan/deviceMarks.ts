import type { DeviceMark } from './deviceScoreFile';

// The marks a judge's device keeps (docs/lan.md, "acknowledged"): each with the highest revision
// the head table has acknowledged for it. A mark is 未发送 while its revision is above that; the
// rule is monotonic and order-free, so a late answer to an older push, a doubled answer or the
// head table's own copy read back after a reload can only ever mark more as sent, never a change
// made after the push that carried the older value.

export interface KeptMark {
  mark: DeviceMark;
  /** The highest revision of this cell the head table has acknowledged (0: none yet). */
  acknowledged: number;
}

export const keptKey = (entryId: number, criterion: string) => `${entryId}:${criterion}`;

export function isUnsent(kept: KeptMark): boolean {
  return kept.mark.revision > kept.acknowledged;
}

export function unsentCount(marks: Iterable<KeptMark>): number {
  let n = 0;
  for (const kept of marks) if (isUnsent(kept)) n++;
  return n;
}

/** The judge typed a new value (null clears the cell): one revision above what the cell had. */
export function changeMark(
  previous: KeptMark | undefined,
  cell: { entryId: number; entryNo: string; track: string; criterion: string },
  value: number | null,
  now: Date,
): KeptMark {
  return {
    mark: {
      entryId: cell.entryId,
      entryNo: cell.entryNo,
      track: cell.track,
      criterion: cell.criterion,
      value,
      revision: (previous?.mark.revision ?? 0) + 1,
      updatedAt: now.toISOString(),
    },
    acknowledged: previous?.acknowledged ?? 0,
  };
}

/** A push answered 200: every mark it carried is at the head table at that revision or later. */
export function acknowledge(kept: KeptMark, pushed: DeviceMark): KeptMark {
  return pushed.revision > kept.acknowledged ? { ...kept, acknowledged: pushed.revision } : kept;
}

/**
 * The head table's copy of a cell (device.sheet) against the device's: a higher revision there
 * (another device of the judge, before a takeover) replaces the device's; the device's own newer
 * change stays, still to send. Either way the head table holds that revision: acknowledged.
 */
export function fromHeadTable(kept: KeptMark | undefined, held: DeviceMark): KeptMark {
  if (!kept || held.revision > kept.mark.revision) {
    return { mark: held, acknowledged: held.revision };
  }
  // At the same revision with another value (a conflict the head judge decides), sending it again
  // changes nothing, so it is not shown as unsent for ever either.
  return { ...kept, acknowledged: Math.max(kept.acknowledged, held.revision) };
}
