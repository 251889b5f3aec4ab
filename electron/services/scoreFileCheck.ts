import type { AppError } from '../../shared/errors';
import { parseScoreFile, type ScoreFile } from '../../shared/formats/scoreFile';
import type { ParseOutcome } from '../../shared/formats/signedFile';
import type { IncomingCell } from '../../shared/merge/mergeDecisions';
import { readCompetition } from '../store/competitionTable';
import type { Db } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { criterionId } from '../store/marksTable';
import { trackId } from '../store/tracksTable';
import {
  type JudgeRecord,
  panelTracks,
  readJudgeRecord,
  recusedEntryIds,
} from './judgeFileService';
import { rubricFingerprint, verifySignature } from './signing';

// Does a score file belong in this store? Every reason to refuse it, checked before anything is
// written, in the order that gives the clearest reason: a file from another competition says so
// rather than "bad signature".

export interface CheckedCell extends IncomingCell {
  entryId: number;
  entryNo: string;
  criterionId: number;
  criterion: string;
  updatedAt: string;
}

export type ScoreFileCheck =
  | { ok: true; file: ScoreFile; judge: JudgeRecord | null; cells: CheckedCell[] }
  /** `file` is there when the file itself was readable, so the refusal can name its judge. */
  | { ok: false; error: AppError; file?: ScoreFile };

/**
 * Without a store only the file's own shape is checked (the signature needs the judge's key).
 * With one: competition, judge, signature with that judge's key, rubric, and every cell.
 */
export function checkScoreFile(content: string, db: Db | null): ScoreFileCheck {
  return checkParsedScoreFile(parseScoreFile(content), db);
}

/** The same checks on a file already parsed (in the untrusted-file worker). */
export function checkParsedScoreFile(
  parsed: ParseOutcome<ScoreFile>,
  db: Db | null,
): ScoreFileCheck {
  if (!parsed.ok) return parsed;
  const { file, payload } = parsed;
  if (!db) return { ok: true, file, judge: null, cells: [] };
  const refuse = (code: AppError['code'], params?: AppError['params']): ScoreFileCheck => ({
    ok: false,
    error: params ? { code, params } : { code },
    file,
  });

  if (readCompetition(db).id !== file.competitionId) {
    return refuse('merge.otherCompetition', { found: file.competitionId });
  }
  const judge = readJudgeRecord(db, file.judge.id);
  if (!judge) return refuse('merge.unknownJudge', { id: file.judge.id, name: file.judge.name });
  // Verified with the key this store holds for that judge: a file claiming another judge fails.
  if (!verifySignature(judge.key, payload, file.signature)) {
    return refuse('merge.badSignature', { judge: file.judge.name });
  }
  const tracks = panelTracks(db, judge.id);
  if (rubricFingerprint(tracks) !== file.rubricFingerprint) {
    return refuse('merge.otherRubric', { judge: judge.name });
  }

  const entries = new Map(readEntries(db).map((entry) => [entry.id, entry]));
  const recused = recusedEntryIds(db, judge.id);
  const criteria = new Map<string, { id: number; max: number; step: number }>();
  for (const track of tracks) {
    const tId = trackId(db, track.code)!;
    for (const segment of track.segments.filter((s) => s.kind === 'judged')) {
      for (const c of segment.criteria) {
        criteria.set(`${track.code}:${c.code}`, {
          id: criterionId(db, tId, c.code)!,
          max: c.max,
          step: c.step,
        });
      }
    }
  }
  const panel = new Set(tracks.map((t) => t.code));
  const seen = new Set<string>();
  const cells: CheckedCell[] = [];
  for (const score of file.scores) {
    const entry = entries.get(score.entryId);
    if (!entry || entry.track !== score.track)
      return refuse('merge.unknownEntry', { no: score.entryNo });
    if (!panel.has(entry.track)) {
      return refuse('merge.notOnPanel', { judge: judge.name, no: entry.no });
    }
    const criterion = criteria.get(`${entry.track}:${score.criterion}`);
    if (!criterion) {
      return refuse('merge.unknownCriterion', { criterion: score.criterion, no: entry.no });
    }
    const key = `${entry.id}:${score.criterion}`;
    if (seen.has(key))
      return refuse('merge.duplicateCell', { criterion: score.criterion, no: entry.no });
    seen.add(key);
    if (recused.has(entry.id)) {
      // A blank for a recused entry says nothing; a mark is refused, since it must not count.
      if (score.value === null) continue;
      return refuse('merge.recused', { judge: judge.name, no: entry.no });
    }
    if (
      score.value !== null &&
      (score.value > criterion.max || score.value % criterion.step !== 0)
    ) {
      return refuse('merge.outOfRange', {
        criterion: score.criterion,
        no: entry.no,
        value: score.value / 100,
        max: criterion.max / 100,
        step: criterion.step / 100,
      });
    }
    cells.push({
      key,
      entryId: entry.id,
      entryNo: entry.no,
      criterionId: criterion.id,
      criterion: score.criterion,
      value: score.value,
      revision: score.revision,
      updatedAt: score.updatedAt,
    });
  }
  return { ok: true, file, judge, cells };
}
