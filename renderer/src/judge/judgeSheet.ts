import type { Criterion } from '../../../shared/domain/rubric';
import type { JudgeFile, JudgeFileEntry } from '../../../shared/formats/judgeFile';
import { type KeptMark, keptKey } from '../../../shared/lan/deviceMarks';

// The sheet as the page draws it, from the judge file the head table served: a section per
// track the judge sits on, the judged criteria of each, the entries in draw order.

export interface SheetTrack {
  code: string;
  name: JudgeFile['tracks'][number]['name'];
  criteria: Criterion[];
  entries: JudgeFileEntry[];
}

export function sheetTracks(file: JudgeFile): SheetTrack[] {
  return file.tracks
    .map((track) => ({
      code: track.code,
      name: track.name,
      criteria: track.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria),
      entries: file.entries.filter((e) => e.track === track.code),
    }))
    .filter((track) => track.entries.length > 0 && track.criteria.length > 0);
}

/** Whether the judge scores this entry (a recused one is shown, greyed, with nothing to type). */
export const scoreable = (entry: JudgeFileEntry) => entry.recusal === undefined;

export interface BlankEntry {
  entry: JudgeFileEntry;
  criteria: Criterion[];
}

/** Every scoreable entry with a blank, in sheet order: what 提交 lists first. */
export function blankEntries(
  tracks: readonly SheetTrack[],
  marks: ReadonlyMap<string, KeptMark>,
): BlankEntry[] {
  return tracks.flatMap((track) =>
    track.entries.filter(scoreable).flatMap((entry) => {
      const criteria = track.criteria.filter(
        (c) => (marks.get(keptKey(entry.id, c.code))?.mark.value ?? null) === null,
      );
      return criteria.length > 0 ? [{ entry, criteria }] : [];
    }),
  );
}
