import type { AppError } from '../../shared/errors';
import {
  type PackedScoreFile,
  packedCells,
  packScoreFile,
  type ScoreFileHead,
} from '../../shared/formats/packedScoreFile';
import type { ScoreFile } from '../../shared/formats/scoreFile';
import type { ParseOutcome } from '../../shared/formats/signedFile';
import type { IncomingCell } from '../../shared/merge/mergeDecisions';
import type { Db } from '../store/database';
import type { JudgeIdentity } from '../store/judgePanelsRead';
import { type ScoreFileCheckContext, scoreFileCheckContext } from './scoreFileCheckContext';
import { keyFingerprint, verifyWith } from './signing';

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
  | { ok: true; file: ScoreFileHead; judge: JudgeIdentity | null; cells: CheckedCell[] }
  /**
   * `file` is there when the file itself was readable, so the refusal can name its judge;
   * `newKey` when it was refused for a key the head table has not accepted yet, to be listed.
   */
  | { ok: false; error: AppError; file?: ScoreFileHead; newKey?: NewJudgeKey };

export interface NewJudgeKey {
  judgeId: number;
  publicKey: string;
  epoch: number;
}

/**
 * How far a cell's revision may run ahead of the judge's highest one here: each change of a mark
 * is one revision, and no judge changes marks ten thousand times between two files. A file that
 * jumps further was not made by typing (a forged revision would otherwise outrank every later
 * real one), and is refused.
 */
export const MAX_REVISION_AHEAD = 10_000;
/** A cell's time may run ahead of the head table's clock by a day (a judge's laptop set wrong). */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * A score file already parsed (in the untrusted-file worker). Without a store only the file's own
 * shape is checked (the signature needs the judge's key); with one: competition, judge, signature
 * with that judge's key, rubric, and every cell.
 */
export function checkParsedScoreFile(
  parsed: ParseOutcome<ScoreFile>,
  db: Db | null,
): ScoreFileCheck {
  if (db) return checkInContext(packScoreFile(parsed), scoreFileCheckContext(db));
  if (!parsed.ok) return parsed;
  // Without a store, the file can show only that the key it carries signed it.
  if (!verifyWith(parsed.file.judge.publicKey, parsed.payload, parsed.file.signature)) {
    return {
      ok: false,
      error: { code: 'merge.badSignature', params: { judge: parsed.file.judge.name } },
      file: parsed.file,
    };
  }
  return { ok: true, file: parsed.file, judge: null, cells: [] };
}

/** The checks against a store, reading it through `context` (one per merge, for all its files). */
export function checkInContext(
  parsed: PackedScoreFile,
  context: ScoreFileCheckContext,
): ScoreFileCheck {
  if (!parsed.ok) return parsed;
  const { file, payload } = parsed;
  const refuse = (code: AppError['code'], params?: AppError['params']): ScoreFileCheck => ({
    ok: false,
    error: params ? { code, params } : { code },
    file,
  });

  if (context.competitionId() !== file.competitionId) {
    return refuse('merge.otherCompetition', { found: file.competitionId });
  }
  const panel = context.judge(file.judge.id);
  if (!panel) return refuse('merge.unknownJudge', { id: file.judge.id, name: file.judge.name });
  const { judge } = panel;
  // A judge file issued before the judge's key was retired (a forwarded or lost one).
  if (file.judge.keyEpoch < judge.keyEpoch) {
    return refuse('merge.retiredJudgeFile', { judge: judge.name });
  }
  // The file's own key must have signed it: a changed byte fails here.
  if (!verifyWith(file.judge.publicKey, payload, file.signature)) {
    return refuse('merge.badSignature', { judge: file.judge.name });
  }
  // And that key must be the one the head table accepted for this judge.
  const fingerprint = keyFingerprint(file.judge.publicKey);
  const state = panel.keys.get(file.judge.publicKey);
  if (state === 'retired') return refuse('merge.retiredKey', { judge: judge.name, fingerprint });
  if (state !== 'accepted') {
    if ([...panel.keys.values()].includes('accepted')) {
      return refuse('merge.otherKey', { judge: judge.name, fingerprint });
    }
    return {
      ok: false,
      error: { code: 'merge.keyNotAccepted', params: { judge: judge.name, fingerprint } },
      file,
      newKey: { judgeId: judge.id, publicKey: file.judge.publicKey, epoch: file.judge.keyEpoch },
    };
  }
  if (panel.rubricFingerprint !== file.rubricFingerprint) {
    return refuse('merge.otherRubric', { judge: judge.name });
  }

  const entries = context.entries();
  // One flag per possible cell, rather than a Set of 20,000 "entry:criterion" keys (hashing
  // them costs more than the rest of this loop).
  const seen = new Uint8Array(entries.size * panel.slots);
  const latestRevision = panel.maxRevision + MAX_REVISION_AHEAD;
  const latestTime = new Date(Date.now() + MAX_CLOCK_AHEAD_MS).toISOString();
  const cells: CheckedCell[] = [];
  const scores = packedCells(parsed);
  for (let i = 0; i < scores.count; i++) {
    const entry = entries.get(scores.entryId(i));
    // An entry is named by its identity and its number: a mismatch of either is refused, never
    // written to whoever holds that id or that number now.
    if (!entry) return refuse('merge.unknownEntry', { no: scores.entryNo(i) });
    if (entry.track !== scores.track(i)) {
      return refuse('merge.entryMoved', { no: scores.entryNo(i), name: entry.name });
    }
    if (entry.no !== scores.entryNo(i)) {
      return refuse('merge.entryRenumbered', {
        no: scores.entryNo(i),
        current: entry.no,
        name: entry.name,
      });
    }
    const trackCriteria = panel.criteria.get(entry.track);
    if (!trackCriteria) return refuse('merge.notOnPanel', { judge: judge.name, no: entry.no });
    const code = scores.criterion(i);
    const criterion = trackCriteria.get(code);
    if (!criterion) return refuse('merge.unknownCriterion', { criterion: code, no: entry.no });
    const cell = entry.index * panel.slots + criterion.slot;
    if (seen[cell])
      return refuse('merge.duplicateCell', { criterion: criterion.name, no: entry.no });
    seen[cell] = 1;
    const value = scores.value(i);
    if (scores.revision(i) > latestRevision) {
      return refuse('merge.revisionJump', {
        no: entry.no,
        criterion: criterion.name,
        judge: judge.name,
      });
    }
    if (scores.updatedAt(i) > latestTime) {
      return refuse('merge.futureTime', {
        no: entry.no,
        criterion: criterion.name,
        judge: judge.name,
      });
    }
    if (panel.recused.has(entry.id)) {
      // A blank for a recused entry says nothing; a mark is refused, since it must not count.
      if (value === null) continue;
      return refuse('merge.recused', { judge: judge.name, no: entry.no });
    }
    if (value !== null && (value > criterion.max || value % criterion.step !== 0)) {
      return refuse('merge.outOfRange', {
        criterion: criterion.name,
        no: entry.no,
        value: value / 100,
        max: criterion.max / 100,
        step: criterion.step / 100,
      });
    }
    cells.push(
      new ScoreFileCellChecked(
        entry.id,
        entry.no,
        criterion.id,
        code,
        value,
        scores.revision(i),
        scores.updatedAt(i),
      ),
    );
  }
  return { ok: true, file, judge, cells };
}

/**
 * A checked cell whose key is built when first asked for: merging a judge's first file never asks
 * (see decideFile), and 20,000 key strings a file are a good part of what the merge allocates.
 */
class ScoreFileCellChecked implements CheckedCell {
  #key: string | undefined;

  constructor(
    readonly entryId: number,
    readonly entryNo: string,
    readonly criterionId: number,
    readonly criterion: string,
    readonly value: number | null,
    readonly revision: number,
    readonly updatedAt: string,
  ) {}

  get key(): string {
    this.#key ??= `${this.entryId}:${this.criterion}`;
    return this.#key;
  }
}
