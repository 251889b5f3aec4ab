import { formatPoints } from '../domain/points';
import type { Track } from '../domain/rubric';

// How judges' marks are written wherever the public reads them — the posted results (公示), the
// big screen and the Excel results — so that a mark read off one can be found on the others.

/** Decimals a criterion's marks can have, from its step in hundredths: 50 → 1, 25 → 2, 100 → 0. */
export function stepDecimals(step: number): number {
  if (step % 100 === 0) return 0;
  return step % 10 === 0 ? 1 : 2;
}

/**
 * Places of a judge's total: those of the track's published figures, which it stands beside
 * (83.00 next to a final of 80.00), or more when the finest criterion step needs them (85.25).
 * One figure per track, whatever the marks, so a column never mixes 85.5 and 85.25.
 */
export function judgeTotalPlaces(track: Pick<Track, 'decimals' | 'segments'>): number {
  let places = track.decimals;
  for (const segment of track.segments) {
    if (segment.kind === 'objective') continue;
    for (const c of segment.criteria) places = Math.max(places, stepDecimals(c.step));
  }
  return places;
}

/** A judge's total in those places; a mark off the rubric's step (flagged) shows whole. */
export function judgeTotalText(total: number, places: number): string {
  const needed = total % 100 === 0 ? 0 : total % 10 === 0 ? 1 : 2;
  return formatPoints(total, Math.max(needed, places));
}
