import type { LanCallOutput } from '../../shared/api/lanWire';
import { AppFailure } from '../../shared/errors';
import { packedCells, packScoreFile } from '../../shared/formats/packedScoreFile';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import { checkInContext } from '../services/scoreFileCheck';
import {
  type ScoreFileCheckContext,
  scoreFileCheckContext,
} from '../services/scoreFileCheckContext';
import { sha256Hex } from '../services/signing';
import { mergeVerifiedCells } from '../services/verifiedCells';
import { changeCounter } from '../store/changeCounter';
import { type Db, inTransaction } from '../store/database';
import { type LanDeviceRow, recordDeviceSeen } from '../store/lanDevicesTable';
import { readJudgeCells } from '../store/scoreCellsTable';

// Marks in from a paired device: its signed score file, the same document a USB stick carries,
// through the same checks (signature, judge, key, panel, rubric, recusal, range, step, revision)
// and the same merge rules, in one transaction that is committed (synchronous=FULL: on disk)
// before the device is told. A resend, or an older document after a newer one, changes nothing.

export interface PushOutcome {
  receipt: LanCallOutput<'device.push'>;
  /** Entries and tracks whose marks this push changed, for the live event. */
  entryIds: number[];
  tracks: string[];
}

type CheckedPush = Extract<ReturnType<typeof checkInContext>, { ok: true }>;

/**
 * A checked push merged, and the entries and tracks whose marks it changed (a cell newer than
 * the store's: applied, or held as a conflict) for the live event; none when nothing changed.
 */
export function mergePush(
  db: Db,
  parsed: Parameters<typeof packedCells>[0],
  checked: CheckedPush,
  record: { name: string; fileHash: string },
) {
  const judge = checked.judge!;
  const stored = new Map(
    readJudgeCells(db, judge.id).map((c) => [`${c.entryId}:${c.criterion}`, c.revision]),
  );
  const counts = mergeVerifiedCells(db, {
    name: record.name,
    judge,
    cells: checked.cells,
    fileHash: record.fileHash,
    submittedAt: checked.file.submittedAt ?? '',
    distinct: true,
  });
  const newer = new Set(
    checked.cells
      .filter((c) => c.revision > (stored.get(`${c.entryId}:${c.criterion}`) ?? 0))
      .map((c) => c.entryId),
  );
  const entries = new Map<number, string>();
  const cells = packedCells(parsed);
  for (let i = 0; i < cells.count; i++) {
    if (newer.has(cells.entryId(i))) entries.set(cells.entryId(i), cells.track(i));
  }
  const changed = counts.applied > 0 || counts.conflicts > 0;
  return {
    counts,
    changed,
    entryIds: changed ? [...entries.keys()] : [],
    tracks: changed ? [...new Set(entries.values())] : [],
  };
}

export function pushFromDevice(
  db: Db,
  device: LanDeviceRow,
  document: string,
  unsent: number | undefined,
): PushOutcome {
  const parsed = packScoreFile(parseScoreFile(document));
  if (!parsed.ok) throw new AppFailure([parsed.error]);
  // The device signs for its own judge with its own key, and for nobody else.
  if (parsed.file.judge.id !== device.judgeId || parsed.file.judge.publicKey !== device.publicKey) {
    throw AppFailure.of('lan.notThisDevicesFile', { judge: device.judge });
  }
  const fileHash = sha256Hex(document);
  const cache = contextFor(db);
  const outcome = inTransaction(db, () => {
    const checked = checkInContext(parsed, cache.context);
    if (!checked.ok) throw new AppFailure([checked.error]);
    const { counts, entryIds, tracks } = mergePush(db, parsed, checked, {
      name: device.name,
      fileHash,
    });
    const receivedAt = new Date().toISOString();
    recordDeviceSeen(db, device.id, {
      at: receivedAt,
      unsent: unsent ?? null,
      received: counts.applied,
    });
    return {
      receipt: {
        fileHash,
        applied: counts.applied,
        unchanged: counts.unchanged,
        older: counts.older,
        conflicts: counts.conflicts,
        receivedAt,
      },
      entryIds,
      tracks,
    };
  });
  // This push's own writes change nothing the checks read (roster, panels, keys, rubric).
  cache.seen = cache.changes();
  return outcome;
}

/**
 * What the checks read (every entry, the judge's panel and keys), kept from one push to the
 * next while nothing else was written: read afresh for each push, it cost more than the merge.
 * Any other write on the connection (a pairing, a revocation, the organizer editing the roster
 * or a panel) makes it read again, as the merge of a folder of files does (mergeService.ts).
 */
export interface CachedContext {
  context: ScoreFileCheckContext;
  changes: () => number;
  seen: number;
}

const contexts = new WeakMap<Db, CachedContext>();

/**
 * Writes a device's last-seen row (a heartbeat), which the checks do not read: checks cached
 * before it stay good, so nine tablets saying they are here do not make every push read again.
 */
export function recordSeenKeepingChecks(
  db: Db,
  id: number,
  seen: Parameters<typeof recordDeviceSeen>[2],
): void {
  const cached = contexts.get(db);
  const fresh = cached !== undefined && cached.changes() === cached.seen;
  recordDeviceSeen(db, id, seen);
  if (fresh) cached.seen = cached.changes();
}

export function contextFor(db: Db): CachedContext {
  let cached = contexts.get(db);
  if (!cached) {
    const changes = changeCounter(db);
    cached = { context: scoreFileCheckContext(db), changes, seen: changes() };
    contexts.set(db, cached);
  } else if (cached.changes() !== cached.seen) {
    cached.context = scoreFileCheckContext(db);
    cached.seen = cached.changes();
  }
  return cached;
}
