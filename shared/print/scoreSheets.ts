import type { Entry } from '../domain/people';
import type { Criterion, Track } from '../domain/rubric';
import { bySeat } from '../panel/seats';
import { compareRunningOrder } from '../scoring/entryOrder';

// Paper score sheets (纸质评分表) to print, one per judge of a track's panel: the judge's seat,
// the entries the judge scores in performance order (a recused entry is not on the judge's
// sheet, exactly as on the judge file and the workbook sheet), and the judged criteria.

export interface SheetJudge {
  judgeId: number;
  name: string;
  seat: number | null;
}

export interface SheetRow {
  order: number | null;
  no: string;
  name: string;
  title: string;
  /** Not competing (absent, withdrawn, disqualified): printed, so the rows match the roster. */
  status: Entry['status'];
}

export interface ScoreSheet {
  judge: SheetJudge;
  rows: SheetRow[];
}

/** The judged criteria in rubric order, each with its segment's name when the track has several. */
export function sheetCriteria(
  track: Track,
): Array<Criterion & { segment: Track['segments'][number]['name'] }> {
  return track.segments
    .filter((segment) => segment.kind === 'judged')
    .flatMap((segment) =>
      segment.criteria.map((criterion) => ({ ...criterion, segment: segment.name })),
    );
}

/** One sheet per judge, by seat (as every sheet orders them); rows in draw order, then number. */
export function scoreSheets(
  judges: ReadonlyArray<SheetJudge>,
  entries: ReadonlyArray<Pick<Entry, 'id' | 'drawOrder' | 'no' | 'name' | 'title' | 'status'>>,
  recusals: ReadonlyArray<{ judgeId: number; entryId: number }>,
): ScoreSheet[] {
  const recused = new Set(recusals.map((r) => `${r.judgeId}:${r.entryId}`));
  const ordered = [...entries].sort(compareRunningOrder);
  return bySeat(judges).map((judge) => ({
    judge,
    rows: ordered
      .filter((entry) => !recused.has(`${judge.judgeId}:${entry.id}`))
      .map((entry) => ({
        order: entry.drawOrder,
        no: entry.no,
        name: entry.name,
        title: entry.title,
        status: entry.status,
      })),
  }));
}
