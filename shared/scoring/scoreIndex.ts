import { AppFailure } from '../errors';
import type { PenaltyLine, TrackResultsInput } from './types';

// Inputs arrive as flat lists in any order. Indexing them once makes every later step a lookup,
// and it is where contradictions are caught: merging decides which revision of a score wins, so
// two different values for one cell here mean an unmerged input, never something to guess at.

export interface ScoreIndex {
  /** entry → judge → criterion → hundredths, judged criteria of panel judges only. */
  judged: Map<number, Map<number, Map<string, number>>>;
  /** entry → criterion → hundredths, objective criteria only. */
  objective: Map<number, Map<string, number>>;
  /** entry → recused judge ids. */
  recused: Map<number, Set<number>>;
  /** entry → penalties, in a fixed order whatever the input order. */
  penalties: Map<number, PenaltyLine[]>;
}

export interface IndexContext {
  judgeNames: Map<number, string>;
  entryNumbers: Map<number, string>;
  judgedCriteria: Set<string>;
  objectiveCriteria: Set<string>;
}

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export function indexInputs(input: TrackResultsInput, context: IndexContext): ScoreIndex {
  const { judgeNames, entryNumbers, judgedCriteria, objectiveCriteria } = context;
  const index: ScoreIndex = {
    judged: new Map(),
    objective: new Map(),
    recused: new Map(),
    penalties: new Map(),
  };

  for (const score of input.scores) {
    const judge = judgeNames.get(score.judgeId);
    const entry = entryNumbers.get(score.entryId);
    if (judge === undefined || entry === undefined || !judgedCriteria.has(score.criterion))
      continue;
    const cells = child(
      child(index.judged, score.entryId, () => new Map()),
      score.judgeId,
      () => {
        return new Map<string, number>();
      },
    );
    const previous = cells.get(score.criterion);
    if (previous !== undefined && previous !== score.value) {
      throw AppFailure.of('results.conflictingScore', {
        judge,
        entry,
        criterion: score.criterion,
      });
    }
    cells.set(score.criterion, score.value);
  }

  for (const record of input.objective) {
    const entry = entryNumbers.get(record.entryId);
    if (entry === undefined || !objectiveCriteria.has(record.criterion)) continue;
    const cells = child(index.objective, record.entryId, () => new Map<string, number>());
    const previous = cells.get(record.criterion);
    if (previous !== undefined && previous !== record.value) {
      throw AppFailure.of('results.conflictingObjective', { entry, criterion: record.criterion });
    }
    cells.set(record.criterion, record.value);
  }

  for (const recusal of input.recusals) {
    if (!judgeNames.has(recusal.judgeId) || !entryNumbers.has(recusal.entryId)) continue;
    child(index.recused, recusal.entryId, () => new Set<number>()).add(recusal.judgeId);
  }

  for (const penalty of input.penalties) {
    if (!entryNumbers.has(penalty.entryId)) continue;
    child(index.penalties, penalty.entryId, () => [] as PenaltyLine[]).push({
      points: penalty.points,
      reason: penalty.reason,
    });
  }
  for (const lines of index.penalties.values()) {
    lines.sort((a, b) =>
      a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : a.points - b.points,
    );
  }
  return index;
}
