import type { JudgeFile } from '../formats/judgeFile';
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

type SheetEntry = Pick<JudgeFile['entries'][number], 'id' | 'recusal'>;

/**
 * The unsent marks as the judge's newest sheet sees them: those still to send, and those kept for
 * an entry the sheet no longer lists or now recuses the judge from, which the device never sends
 * (the head table would refuse the whole file) and says so, rather than "unsent" for ever. Before
 * any sheet is known, every unsent mark is still to send.
 */
export function unsentBySheet(
  entries: readonly SheetEntry[] | null,
  marks: Iterable<KeptMark>,
): { toSend: number; withheld: DeviceMark[] } {
  const open = entries && new Set(entries.filter((e) => !e.recusal).map((e) => e.id));
  let toSend = 0;
  const withheld: DeviceMark[] = [];
  for (const kept of marks) {
    if (!isUnsent(kept)) continue;
    if (!open || open.has(kept.mark.entryId)) toSend++;
    else withheld.push(kept.mark);
  }
  return { toSend, withheld };
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
