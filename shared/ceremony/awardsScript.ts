import { z } from 'zod';
import type { TeamMember } from '../domain/people';
import type { Track } from '../domain/rubric';
import type { LocalizedText } from '../domain/text';
import type { EntryResult, TrackResults } from '../scoring';
import { compareEntryNo } from '../scoring/entryOrder';

// The awards ceremony in the order it is presented: per track (the competition's order), per
// group (the track's order), award by award in the order the organizer chose, the single
// awards (单项奖) where the organizer put them. Each step is what the host announces and who
// then comes on stage; the presenter's list and the certificates are read off the same steps,
// so the three never disagree.
//
// Choices left open by the issue:
// - Within an award, entries go by rank, then entry number (as the award list does).
// - The rest award (优秀奖) is the lowest step; it can be left out of the ceremony (many events
//   hand those certificates out afterwards), and is then left off the certificates too.
// - Single awards are per track; several entries with the same single award are one step.

export const tierOrders = ['lowFirst', 'highFirst'] as const;
export const singleAwardPlaces = ['beforeTiers', 'afterTiers', 'atEnd'] as const;

export const ceremonyOptionsSchema = z.object({
  /** lowFirst: 优秀奖 → 三等奖 → 二等奖 → 一等奖; highFirst: the reverse. */
  tierOrder: z.enum(tierOrders),
  /** Before or after the track's tiers, or all together after the last track. */
  singleAwards: z.enum(singleAwardPlaces),
  includeRest: z.boolean(),
});
export type CeremonyOptions = z.infer<typeof ceremonyOptionsSchema>;

export const defaultCeremonyOptions: CeremonyOptions = {
  tierOrder: 'lowFirst',
  singleAwards: 'afterTiers',
  includeRest: true,
};

export interface CeremonyEntry {
  id: number;
  no: string;
  name: string;
  organization: string;
  region: string;
  title: string;
  members: TeamMember[];
}

export interface CeremonyTrack {
  track: Track;
  results: TrackResults;
  entries: readonly CeremonyEntry[];
  singleAwards: ReadonlyArray<{ entryId: number; name: string }>;
}

export interface Recipient extends CeremonyEntry {
  rank: number | null;
  final: string | null;
}

export interface CeremonyStep {
  track: string;
  trackName: LocalizedText;
  /** Null for a single award (the track's, whatever the group) and in a track of one group. */
  group: LocalizedText | null;
  kind: 'tier' | 'rest' | 'single';
  award: LocalizedText;
  recipients: Recipient[];
}

export function awardsScript(
  tracks: readonly CeremonyTrack[],
  options: CeremonyOptions,
): CeremonyStep[] {
  const steps: CeremonyStep[] = [];
  const atEnd: CeremonyStep[] = [];
  for (const item of tracks) {
    const singles = singleSteps(item);
    const tiers = item.track.groups.flatMap((group) => groupSteps(item, group.code, options));
    if (options.singleAwards === 'beforeTiers') steps.push(...singles, ...tiers);
    else if (options.singleAwards === 'afterTiers') steps.push(...tiers, ...singles);
    else {
      steps.push(...tiers);
      atEnd.push(...singles);
    }
  }
  return [...steps, ...atEnd];
}

function recipient(item: CeremonyTrack, result: EntryResult): Recipient | null {
  const entry = item.entries.find((e) => e.id === result.entryId);
  return entry ? { ...entry, rank: result.rank, final: result.final } : null;
}

function groupSteps(
  item: CeremonyTrack,
  groupCode: string,
  options: CeremonyOptions,
): CeremonyStep[] {
  const group = item.track.groups.find((g) => g.code === groupCode)!;
  const awarded = item.results.entries.filter((e) => e.group === groupCode && e.award !== null);
  const byAward = new Map<string, EntryResult[]>();
  for (const result of awarded) {
    const list = byAward.get(result.award!.code) ?? [];
    list.push(result);
    byAward.set(result.award!.code, list);
  }
  // Highest first: the tiers in the rubric's order, then the rest award.
  const order = [
    ...item.track.awards.tiers.map((tier) => ({ code: tier.code, kind: 'tier' as const })),
    ...(options.includeRest ? [{ code: 'rest', kind: 'rest' as const }] : []),
  ];
  if (options.tierOrder === 'lowFirst') order.reverse();
  return order.flatMap(({ code, kind }) => {
    const results = byAward.get(code) ?? [];
    if (results.length === 0) return [];
    const recipients = [...results]
      .sort(byRankThenNo)
      .map((r) => recipient(item, r))
      .filter((r): r is Recipient => r !== null);
    return [
      {
        track: item.track.code,
        trackName: item.track.name,
        group: item.track.groups.length > 1 ? group.name : null,
        kind,
        award: results[0]!.award!.name,
        recipients,
      },
    ];
  });
}

function singleSteps(item: CeremonyTrack): CeremonyStep[] {
  const names: string[] = [];
  for (const award of item.singleAwards) if (!names.includes(award.name)) names.push(award.name);
  return names.map((name) => {
    const results = item.singleAwards
      .filter((award) => award.name === name)
      .map((award) => item.results.entries.find((e) => e.entryId === award.entryId))
      .filter((r): r is EntryResult => r !== undefined)
      .sort(byRankThenNo);
    return {
      track: item.track.code,
      trackName: item.track.name,
      group: null,
      kind: 'single' as const,
      award: { zh: name, en: name },
      recipients: results.map((r) => recipient(item, r)).filter((r): r is Recipient => r !== null),
    };
  });
}

function byRankThenNo(a: EntryResult, b: EntryResult): number {
  const rank = (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
  return rank !== 0 ? rank : compareEntryNo(a.no, b.no);
}

/** The names that go up for an entry: a team's members, or the contestant. */
export function peopleOf(entry: CeremonyEntry): string[] {
  const members = entry.members.map((m) => m.name.trim()).filter(Boolean);
  return members.length > 0 ? members : [entry.name];
}

export interface PresenterLine {
  /** 1-based, in the order they come on stage. */
  order: number;
  /** The step (0-based) of the script they come up in. */
  step: number;
  person: string;
  role: string;
  organization: string;
  entryNo: string;
  entryName: string;
}

/** Who comes on stage, in order: each recipient's people, step by step. */
export function presenterList(steps: readonly CeremonyStep[]): PresenterLine[] {
  const lines: PresenterLine[] = [];
  steps.forEach((step, index) => {
    for (const entry of step.recipients) {
      const members = entry.members.filter((m) => m.name.trim());
      const people =
        members.length > 0 ? members : [{ name: entry.name, role: '' } satisfies TeamMember];
      for (const person of people) {
        lines.push({
          order: lines.length + 1,
          step: index,
          person: person.name,
          role: person.role,
          organization: entry.organization,
          entryNo: entry.no,
          entryName: entry.name,
        });
      }
    }
  });
  return lines;
}
