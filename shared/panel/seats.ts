import type { Language } from '../api/app';
import { translate } from '../i18n/catalog';

// Seats on a panel (1号评委 … 9号评委): what sheets, files, screens and exports call a judge by,
// instead of the internal id. Judges sit by seat at the venue and announcements name seats, so a
// seat is the organizer's to choose; by default the panel is seated 1..n in the order it was made.

/** The largest seat number: no panel of a judged event comes near it, a typo (100) is refused. */
export const MAX_SEAT = 99;

export interface SeatedMember {
  judgeId: number;
  /** null only for a member a store older than seats never seated. */
  seat: number | null;
}

/** The lowest seat nobody on the panel holds: a judge who joins takes the first empty chair. */
export function nextFreeSeat(taken: Iterable<number | null>): number {
  const held = new Set(taken);
  let seat = 1;
  while (held.has(seat)) seat += 1;
  return seat;
}

/** Seats for members without one, handed out in the order given, around the seats already held. */
export function fillSeats<T extends SeatedMember>(
  members: readonly T[],
): Array<T & { seat: number }> {
  const held = members.flatMap((m) => (m.seat === null ? [] : [m.seat]));
  return members.map((member) => {
    if (member.seat !== null) return { ...member, seat: member.seat };
    const seat = nextFreeSeat(held);
    held.push(seat);
    return { ...member, seat };
  });
}

export type SeatProblem =
  | { code: 'seat.outOfRange'; judgeId: number; seat: number }
  | { code: 'seat.taken'; judgeId: number; seat: number; other: number }
  | { code: 'seat.notOnPanel'; judgeId: number }
  | { code: 'seat.missing'; judgeId: number };

/**
 * What is wrong with a whole new seating of a panel: every member exactly once, each on a seat
 * of 1..MAX_SEAT that nobody else holds. Gaps are allowed (a judge who left keeps the others'
 * seats as printed); empty when the seating can be stored.
 */
export function seatingProblems(
  panel: readonly number[],
  seating: ReadonlyArray<{ judgeId: number; seat: number }>,
): SeatProblem[] {
  const problems: SeatProblem[] = [];
  const members = new Set(panel);
  const bySeat = new Map<number, number>();
  const seen = new Set<number>();
  for (const { judgeId, seat } of seating) {
    if (!members.has(judgeId) || seen.has(judgeId)) {
      problems.push({ code: 'seat.notOnPanel', judgeId });
      continue;
    }
    seen.add(judgeId);
    if (!Number.isInteger(seat) || seat < 1 || seat > MAX_SEAT) {
      problems.push({ code: 'seat.outOfRange', judgeId, seat });
      continue;
    }
    const other = bySeat.get(seat);
    if (other !== undefined) problems.push({ code: 'seat.taken', judgeId, seat, other });
    else bySeat.set(seat, judgeId);
  }
  for (const judgeId of panel) {
    if (!seen.has(judgeId)) problems.push({ code: 'seat.missing', judgeId });
  }
  return problems;
}

/** "3号评委" / "Judge 3": the seat alone, as the big screen and announcements say it. */
export function seatLabel(seat: number | null, language: Language): string {
  if (seat === null) return '';
  return translate(language, 'seat.label', { seat });
}

/** "3号评委 张三" / "Judge 3 Zhang San": how a judge is named wherever a seat exists. */
export function seatedName(
  judge: { name: string; seat: number | null },
  language: Language,
): string {
  return judge.seat === null ? judge.name : `${seatLabel(judge.seat, language)} ${judge.name}`;
}

/** Members by seat, unseated last by id: the order of the columns on every screen and sheet. */
export function bySeat<T extends { seat: number | null; id?: number; judgeId?: number }>(
  members: readonly T[],
): T[] {
  const key = (m: T) => m.seat ?? MAX_SEAT + 1;
  const id = (m: T) => m.judgeId ?? m.id ?? 0;
  return [...members].sort((a, b) => key(a) - key(b) || id(a) - id(b));
}
