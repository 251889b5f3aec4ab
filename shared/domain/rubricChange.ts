import { offScale } from './markRules';
import type { Criterion, Track } from './rubric';
import type { LocalizedText } from './text';

// Which recorded marks a rubric change would leave off their scale. A mark off its scale is
// neither clipped nor counted: the change is refused with this list, or applied anyway with a
// reason, after which the results engine shows each such judge line as 'offScale' and leaves it
// out of the panel score (see judgeLines).

/** A mark as stored: a judge's (judged) or the scorekeeper's (objective, judge null). */
export interface RecordedMark {
  entryNo: string;
  entryName: string;
  judge: string | null;
  criterion: string;
  /** Hundredths. */
  value: number;
  /** The kind of segment the mark was given in. */
  kind: 'judged' | 'objective';
}

export type OffScaleReason = 'removed' | 'kindChanged' | 'aboveMax' | 'offStep';

export interface OffScaleMark extends RecordedMark {
  reason: OffScaleReason;
  /** The criterion's name in the new rubric, or in the old one when it is removed. */
  criterionName: LocalizedText;
  /** The new scale; null when the criterion is removed. */
  max: number | null;
  step: number | null;
}

function criteriaByCode(track: Track): Map<string, { criterion: Criterion; kind: string }> {
  return new Map(
    track.segments.flatMap((segment) =>
      segment.criteria.map((criterion) => [criterion.code, { criterion, kind: segment.kind }]),
    ),
  );
}

/** Every mark that would not fit the track after the change, in the order given. */
export function marksOffNewScale(
  before: Track,
  after: Track,
  marks: readonly RecordedMark[],
): OffScaleMark[] {
  const old = criteriaByCode(before);
  const now = criteriaByCode(after);
  const off: OffScaleMark[] = [];
  for (const mark of marks) {
    const found = now.get(mark.criterion);
    if (!found) {
      const name = old.get(mark.criterion)?.criterion.name ?? {
        zh: mark.criterion,
        en: mark.criterion,
      };
      off.push({ ...mark, reason: 'removed', criterionName: name, max: null, step: null });
      continue;
    }
    const { criterion, kind } = found;
    const reason = kind !== mark.kind ? 'kindChanged' : offScale(mark.value, criterion);
    if (reason) {
      off.push({
        ...mark,
        reason,
        criterionName: criterion.name,
        max: criterion.max,
        step: criterion.step,
      });
    }
  }
  return off;
}
