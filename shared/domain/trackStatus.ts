import type { LocalizedText } from './text';

// Where a track stands on the day, and what the head table does next: the status board's rules.

export interface TrackStatus {
  code: string;
  entries: number;
  judges: number;
  drawn: boolean;
  /** Panel judges whose current judge file is out; stale: issued, but changed since. */
  judgeFiles: { issued: number; stale: number; panel: number };
  /** Panel judges every one of whose entries (recusals apart) has all its marks. */
  marks: { complete: number; partial: number; panel: number };
  /** Panel judges with marks typed from a paper sheet. */
  paperSheets: number;
  conflicts: number;
  /** Entries with every quiz point (objective criterion) entered; needed: 0 when none exist. */
  quiz: { entered: number; needed: number };
  deductions: number;
  lock: { version: number; lockedAt: string; lockedBy: string; current: boolean } | null;
  next: NextStep;
}

export const nextSteps = [
  'roster',
  'panel',
  'draw',
  'judgeFiles',
  'marks',
  'conflicts',
  'quiz',
  'lock',
  'relock',
  'done',
] as const;
export type NextStep = (typeof nextSteps)[number];

/**
 * The first thing still to do, in the order of an event day: contestants, a panel, the draw,
 * judge files out (none stale), every mark in, conflicts decided, quiz points, then the lock
 * (again, once something changed after it).
 */
export function nextStep(status: Omit<TrackStatus, 'next'>): NextStep {
  if (status.entries === 0) return 'roster';
  if (status.judges === 0) return 'panel';
  if (!status.drawn) return 'draw';
  const { judgeFiles, marks } = status;
  const anyMarks = marks.complete + marks.partial > 0;
  // Once marks are in, a judge working from paper needs no file: the files are no longer the step.
  if (!anyMarks && (judgeFiles.issued < judgeFiles.panel || judgeFiles.stale > 0)) {
    return 'judgeFiles';
  }
  if (marks.complete < marks.panel) return 'marks';
  if (status.conflicts > 0) return 'conflicts';
  if (status.quiz.entered < status.quiz.needed) return 'quiz';
  if (!status.lock) return 'lock';
  if (!status.lock.current) return 'relock';
  return 'done';
}

/** One published row, as a version keeps it. */
export interface PublishedRow {
  no: string;
  name: string;
  rank: number | null;
  final: string | null;
  award: LocalizedText | null;
}

export interface RowChange {
  no: string;
  name: string;
  before: Omit<PublishedRow, 'no' | 'name'> | null;
  after: Omit<PublishedRow, 'no' | 'name'> | null;
}

/**
 * What changed for the public between two versions: each entry whose rank, final or award
 * differs, and each that appeared or disappeared, by entry number (the order of `after`, then
 * the removed ones).
 */
export function versionChanges(
  before: readonly PublishedRow[],
  after: readonly PublishedRow[],
): RowChange[] {
  const strip = ({ rank, final, award }: PublishedRow) => ({ rank, final, award });
  const old = new Map(before.map((row) => [row.no, row]));
  const changes: RowChange[] = [];
  for (const row of after) {
    const was = old.get(row.no);
    old.delete(row.no);
    if (
      was &&
      was.rank === row.rank &&
      was.final === row.final &&
      was.award?.zh === row.award?.zh
    ) {
      continue;
    }
    changes.push({
      no: row.no,
      name: row.name,
      before: was ? strip(was) : null,
      after: strip(row),
    });
  }
  for (const was of old.values()) {
    changes.push({ no: was.no, name: was.name, before: strip(was), after: null });
  }
  return changes;
}
