import type { Entry } from '../../shared/domain/people';
import type { Track } from '../../shared/domain/rubric';
import type { LocalizedText } from '../../shared/domain/text';
import { readCompetition } from '../store/competitionTable';
import type { Db } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { type JudgeKeyState, readJudgeKeys } from '../store/judgeKeysTable';
import {
  type JudgeIdentity,
  panelTracks,
  readJudgeIdentity,
  recusedEntryIds,
} from '../store/judgePanelsRead';
import { criterionId } from '../store/marksTable';
import { maxJudgeRevision } from '../store/scoreCellsTable';
import { trackId } from '../store/tracksTable';
import { rubricFingerprint } from './signing';

// What checking a score file reads from the store, read once for a whole merge (60 files would
// otherwise re-read 10,000 entries and the rubric 60 times), and each part only when first
// needed. A context is for one call: the roster, panels and rubric may change between calls.

export interface ScoreFileCheckContext {
  competitionId(): string;
  /** Every entry of the store, by id. */
  entries(): ReadonlyMap<number, CheckEntry>;
  /** Undefined: no such judge in this store. */
  judge(id: number): JudgePanel | undefined;
}

export interface CheckEntry extends Pick<Entry, 'id' | 'no' | 'name' | 'track'> {
  /** 0, 1, 2… over the store's entries: with PanelCriterion.slot, numbers a judge's cells. */
  index: number;
}

export interface JudgePanel {
  judge: JudgeIdentity;
  /** The public keys this judge's files have carried, and what the head table decided. */
  keys: ReadonlyMap<string, JudgeKeyState>;
  /** The highest revision of any of this judge's cells here (0: none yet). */
  maxRevision: number;
  tracks: Track[];
  rubricFingerprint: string;
  recused: Set<number>;
  /** Judged criteria by track code, then criterion code; every panel track has its map. */
  criteria: Map<string, Map<string, PanelCriterion>>;
  /** How many judged criteria the panel has. */
  slots: number;
}

export interface PanelCriterion {
  id: number;
  /** What the organizer calls it: refusals name the criterion, never its code. */
  name: LocalizedText;
  max: number;
  step: number;
  /** 0, 1, 2… over the panel's judged criteria. */
  slot: number;
}

export function scoreFileCheckContext(db: Db): ScoreFileCheckContext {
  let competitionId: string | undefined;
  let entries: Map<number, CheckEntry> | undefined;
  const judges = new Map<number, JudgePanel | undefined>();
  return {
    competitionId: () => {
      competitionId ??= readCompetition(db).id;
      return competitionId;
    },
    entries: () => {
      entries ??= new Map(
        readEntries(db).map(({ id, no, name, track }, index) => [
          id,
          { id, no, name, track, index },
        ]),
      );
      return entries;
    },
    judge: (id) => {
      if (!judges.has(id)) judges.set(id, readJudgePanel(db, id));
      return judges.get(id);
    },
  };
}

function readJudgePanel(db: Db, judgeId: number): JudgePanel | undefined {
  const judge = readJudgeIdentity(db, judgeId);
  if (!judge) return undefined;
  const tracks = panelTracks(db, judgeId);
  const criteria = new Map<string, Map<string, PanelCriterion>>();
  let slots = 0;
  for (const track of tracks) {
    const tId = trackId(db, track.code)!;
    const byCode = new Map<string, PanelCriterion>();
    for (const segment of track.segments.filter((s) => s.kind === 'judged')) {
      for (const c of segment.criteria) {
        const id = criterionId(db, tId, c.code)!;
        byCode.set(c.code, { id, name: c.name, max: c.max, step: c.step, slot: slots++ });
      }
    }
    criteria.set(track.code, byCode);
  }
  return {
    judge,
    keys: new Map(readJudgeKeys(db, judgeId).map((k) => [k.publicKey, k.state])),
    maxRevision: maxJudgeRevision(db, judgeId),
    tracks,
    rubricFingerprint: rubricFingerprint(tracks),
    recused: recusedEntryIds(db, judgeId),
    criteria,
    slots,
  };
}
