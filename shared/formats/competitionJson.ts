import type { Competition } from '../domain/competition';
import type { Entry, Judge } from '../domain/people';
import { pointsToNumber } from '../domain/points';

/**
 * The public shape of `scoredesk show --json`: organizers' scripts read it, so fields are only
 * ever added, never renamed or removed. Points are plain JSON numbers (35, 0.5).
 */
export function competitionJson(competition: Competition, entries: Entry[], judges: Judge[]) {
  return {
    id: competition.id,
    name: competition.name,
    edition: competition.edition,
    startDate: competition.startDate,
    endDate: competition.endDate,
    venue: competition.venue,
    tracks: competition.tracks.map((track) => ({
      code: track.code,
      name: track.name,
      aliases: track.aliases,
      entryKind: track.entryKind,
      timeLimitSeconds: track.timeLimitSeconds,
      decimals: track.decimals,
      segments: track.segments.map((segment) => ({
        code: segment.code,
        name: segment.name,
        kind: segment.kind,
        criteria: segment.criteria.map((criterion) => ({
          code: criterion.code,
          name: criterion.name,
          max: pointsToNumber(criterion.max),
          step: pointsToNumber(criterion.step),
        })),
      })),
      groups: track.groups.map((group) => ({
        code: group.code,
        name: group.name,
        default: group.isDefault,
      })),
      entries: entries
        .filter((entry) => entry.track === track.code)
        .map((entry) => ({
          no: entry.no,
          name: entry.name,
          organization: entry.organization,
          region: entry.region,
          title: entry.title,
          members: entry.members,
          group: entry.group,
          status: entry.status,
          drawOrder: entry.drawOrder,
        })),
    })),
    judges: judges.map((judge) => ({
      name: judge.name,
      organization: judge.organization,
      region: judge.region,
      tracks: judge.tracks,
    })),
  };
}
