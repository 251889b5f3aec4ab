import type { TrackResultsView } from '../../shared/api/results';
import { formatPoints } from '../../shared/domain/points';
import type { Track } from '../../shared/domain/rubric';
import type { LocalizedText } from '../../shared/domain/text';
import type { JudgeStatus, ResultFlag } from '../../shared/scoring';

// `scoredesk results --json`: a public contract for organizers' scripts (README, "Command
// line"). Fields are only ever added. Figures are strings so that no published figure passes
// through binary floating point on its way to a script; null means blank, never zero.

export interface ResultsJson {
  competition: string;
  tracks: TrackJson[];
}

export interface TrackJson {
  code: string;
  name: LocalizedText;
  decimals: number;
  /** The published version these results are; null for a draft (never locked, or changed since). */
  version: number | null;
  /** The latest locked version, current or not. */
  lastLocked: number | null;
  inputHash: string;
  entries: EntryJson[];
}

export interface EntryJson {
  track: string;
  group: string;
  no: string;
  name: string;
  organization: string;
  region: string;
  title: string;
  status: string;
  rank: number | null;
  /** Exactly `decimals` places, e.g. "85.33"; null when it cannot be published. */
  final: string | null;
  /** The exact panel score to 4 places, for reading ("85.1250"). */
  panel: string | null;
  /** Sum of objective points with 2 places; null when none was recorded. */
  objective: string | null;
  /** Sum of deductions with 2 places ("0.00" when none). */
  penalties: string;
  /** The award's Chinese name (一等奖 …), as printed on certificates; null when none. */
  award: string | null;
  awardCode: string | null;
  awardTier: number | null;
  singleAwards: string[];
  flags: ResultFlag[];
  judges: Array<{ name: string; total: string | null; status: JudgeStatus; dropped: boolean }>;
}

export function resultsJson(
  competition: string,
  tracks: Array<{ track: Track; view: TrackResultsView }>,
): ResultsJson {
  return { competition, tracks: tracks.map(({ track, view }) => trackJson(track, view)) };
}

function trackJson(track: Track, view: TrackResultsView): TrackJson {
  const details = new Map(view.entries.map((entry) => [entry.id, entry]));
  const judgeNames = new Map(view.judges.map((judge) => [judge.id, judge.name]));
  return {
    code: track.code,
    name: track.name,
    decimals: track.decimals,
    version: view.lock?.current ? view.lock.version : null,
    lastLocked: view.lock?.version ?? null,
    inputHash: view.inputHash,
    entries: view.results.entries.map((entry) => {
      const detail = details.get(entry.entryId);
      const recorded = entry.objective.lines.some((line) => line.value !== null);
      return {
        track: track.code,
        group: entry.group,
        no: entry.no,
        name: entry.name,
        organization: detail?.organization ?? '',
        region: detail?.region ?? '',
        title: detail?.title ?? '',
        status: entry.status,
        rank: entry.rank,
        final: entry.final,
        panel: entry.panel?.display ?? null,
        objective: recorded ? formatPoints(entry.objective.sum, 2) : null,
        penalties: formatPoints(entry.penalties.sum, 2),
        award: entry.award?.name.zh ?? null,
        awardCode: entry.award?.code ?? null,
        awardTier: entry.award?.tier ?? null,
        singleAwards: view.singleAwards
          .filter((award) => award.entryId === entry.entryId)
          .map((award) => award.name),
        flags: entry.flags,
        judges: entry.judges.map((line) => ({
          name: judgeNames.get(line.judgeId) ?? line.name,
          total: line.total === null ? null : formatPoints(line.total, 2),
          status: line.status,
          dropped: line.status === 'droppedHigh' || line.status === 'droppedLow',
        })),
      };
    }),
  };
}
