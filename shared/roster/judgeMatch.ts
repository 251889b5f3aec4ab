import type { Judge } from '../domain/people';
import { textKey } from '../domain/textKey';
import type { JudgeRecord } from './records';

// Which stored judge a row of a judge list is. A judge's identity carries their key and their
// score files, so a corrected name must find the same judge again, and a guess that could be
// wrong must be shown to the organizer instead of made. The rule, in order:
//
// 1. Same name (compared by textKey: width, invisible characters and spacing aside) is the same
//    judge. When several stored judges share the name, the one of the same organization is meant;
//    if none or several are, the row is ambiguous.
// 2. Otherwise a row is a rename of a stored judge that no row named when the names differ by
//    one character (one added, dropped, replaced, or two neighbours swapped: 陈晓燕 → 陈晓艳) and
//    everything else the file states is the same: the organization (required, not empty) and
//    the region when the file has that column. Exactly one such judge, claimed by this row alone,
//    is a rename; more than one is ambiguous.
// 3. Anything else is a new judge.

export type JudgeMatch =
  | { kind: 'same'; judge: Judge }
  | { kind: 'renamed'; judge: Judge }
  | { kind: 'new' }
  | { kind: 'ambiguous'; reason: 'sameName' | 'rename'; candidates: Judge[] };

export function matchJudges(records: readonly JudgeRecord[], existing: readonly Judge[]) {
  const matches: JudgeMatch[] = records.map(() => ({ kind: 'new' }));
  const claimed = new Set<number>();
  const sameOrganization = (record: JudgeRecord, judge: Judge) =>
    record.organization !== undefined &&
    textKey(record.organization) === textKey(judge.organization);

  // 1. By name; rows naming the organization too are settled first, so that they claim theirs.
  const byName = records.map((record) =>
    existing.filter((judge) => textKey(judge.name) === textKey(record.name)),
  );
  for (const [i, record] of records.entries()) {
    const exact = byName[i]!.filter((judge) => sameOrganization(record, judge));
    if (exact.length === 1) {
      matches[i] = { kind: 'same', judge: exact[0]! };
      claimed.add(exact[0]!.id);
    }
  }
  for (const [i] of records.entries()) {
    if (matches[i]!.kind !== 'new' || byName[i]!.length === 0) continue;
    const open = byName[i]!.filter((judge) => !claimed.has(judge.id));
    if (open.length === 1) {
      matches[i] = { kind: 'same', judge: open[0]! };
      claimed.add(open[0]!.id);
    } else matches[i] = { kind: 'ambiguous', reason: 'sameName', candidates: byName[i]! };
  }

  // 2. Renames, among the judges no row named.
  const candidates = records.map((record, i) => {
    if (matches[i]!.kind !== 'new' || !record.organization || textKey(record.organization) === '') {
      return [];
    }
    return existing.filter(
      (judge) =>
        !claimed.has(judge.id) &&
        sameOrganization(record, judge) &&
        (record.region === undefined || textKey(record.region) === textKey(judge.region)) &&
        oneEditApart(textKey(record.name), textKey(judge.name)),
    );
  });
  const claims = new Map<number, number>();
  for (const list of candidates) {
    for (const judge of list) claims.set(judge.id, (claims.get(judge.id) ?? 0) + 1);
  }
  for (const [i, list] of candidates.entries()) {
    if (list.length === 0) continue;
    if (list.length === 1 && claims.get(list[0]!.id) === 1) {
      matches[i] = { kind: 'renamed', judge: list[0]! };
    } else matches[i] = { kind: 'ambiguous', reason: 'rename', candidates: list };
  }
  return matches;
}

/** At most one character added, dropped, replaced, or two neighbours swapped (by code point). */
export function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX -= 1;
    endY -= 1;
  }
  const restX = endX - start;
  const restY = endY - start;
  if (restX <= 1 && restY <= 1) return true;
  // 晓燕 ↔ 燕晓: the differing middle is two characters, swapped.
  return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start];
}
