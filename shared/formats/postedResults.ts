import type { CompetitionInfo } from '../domain/competition';
import { formatPoints } from '../domain/points';
import type { Track } from '../domain/rubric';
import type { TrackResults } from '../scoring';
import {
  type PostedRow,
  RESULTS_FILE_FORMAT,
  RESULTS_FILE_VERSION,
  type UnsignedResultsFile,
} from './resultsFile';

// The posted list (公示) of one locked version as data: what the printed page shows, row by row,
// and what the signed results file carries. Built once, when the version is locked, and kept:
// the print, the file and its code all come from this one value, so what is posted, signed and
// verified cannot drift apart when an organization is corrected or a special award added later.

export interface PostedInput {
  competition: CompetitionInfo & { id: string; publicKey: string; fingerprint: string };
  track: Track;
  results: TrackResults;
  entries: ReadonlyArray<{ id: number; organization: string; region: string }>;
  singleAwards: ReadonlyArray<{ entryId: number; name: string }>;
  publication: UnsignedResultsFile['publication'];
}

export function postedResults(input: PostedInput): UnsignedResultsFile {
  const { competition, track, results } = input;
  const hasObjective = track.segments.some((segment) => segment.kind === 'objective');
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const row = (result: TrackResults['entries'][number]): PostedRow => {
    const entry = entries.get(result.entryId);
    return {
      rank: result.rank,
      no: result.no,
      name: result.name,
      organization: entry?.organization ?? '',
      region: entry?.region ?? '',
      panel: result.panel ? shortExact(result.panel.display, track.decimals) : null,
      objective: hasObjective ? formatPoints(result.objective.sum) : null,
      penalties: result.penalties.sum > 0 ? formatPoints(result.penalties.sum) : null,
      final: result.final,
      award: result.award && { code: result.award.code, name: result.award.name },
      singleAwards: input.singleAwards
        .filter((award) => award.entryId === result.entryId)
        .map((award) => award.name),
    };
  };
  return {
    format: RESULTS_FILE_FORMAT,
    version: RESULTS_FILE_VERSION,
    competition: {
      id: competition.id,
      name: competition.name,
      edition: competition.edition,
      venue: competition.venue,
      startDate: competition.startDate,
      endDate: competition.endDate,
      publicKey: competition.publicKey,
      fingerprint: competition.fingerprint,
    },
    track: { code: track.code, name: track.name, decimals: track.decimals },
    publication: input.publication,
    groups: track.groups
      .map((group) => ({
        code: group.code,
        name: group.name,
        rows: results.entries.filter((entry) => entry.group === group.code).map(row),
      }))
      .filter((group, _, all) => group.rows.length > 0 || all.length === 1),
  };
}

/** 92.6000 → 92.60: the exact figure without trailing zeros past the track's decimals. */
export function shortExact(display: string, decimals: number): string {
  const [whole, fraction = ''] = display.split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(decimals, '0');
  return kept ? `${whole}.${kept}` : whole!;
}
