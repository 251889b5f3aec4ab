import { randomInt } from 'node:crypto';
import { drawOrder, lateOrder } from '../../shared/domain/draw';
import { AppFailure } from '../../shared/errors';
import { compareEntryNo } from '../../shared/scoring';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import {
  type DrawRecord,
  insertLateEntry,
  type LateEntry,
  lastDrawOrder,
  readDraw,
  readLateEntries,
  setDrawOrder,
  trackHasScores,
  undrawnEntries,
  writeDraw,
} from '../store/drawsTable';
import { readEntries, readEntry } from '../store/entriesTable';
import { snapshotBefore } from '../store/snapshots';
import { requireTrack } from './rubricService';

export interface Draw extends DrawRecord {
  /** Entries added after the draw, appended in the order they came. */
  late: LateEntry[];
}

export function currentDraw(db: Db, trackCode: string): Draw | null {
  const { id } = requireTrack(db, trackCode);
  const draw = readDraw(db, id);
  return draw ? { ...draw, late: readLateEntries(db, id) } : null;
}

/**
 * Draws the performance order of a track from a seed (given, or chosen here) and records the
 * seed. Once a judge's mark has arrived the order is history and can no longer be redrawn.
 */
export function runDraw(db: Db, trackCode: string, seed?: number): Draw {
  const { id, track } = requireTrack(db, trackCode);
  if (trackHasScores(db, id)) throw AppFailure.of('draw.scoringStarted', { track: track.name });
  snapshotBefore(db, db.name, 'draw');
  return inTransaction(db, () => {
    if (trackHasScores(db, id)) throw AppFailure.of('draw.scoringStarted', { track: track.name });
    const before = currentDraw(db, trackCode);
    const draw: DrawRecord = {
      seed: seed ?? randomInt(0, 2 ** 31 - 1),
      drawnAt: new Date().toISOString(),
    };
    const entries = readEntries(db, trackCode).sort((a, b) => compareEntryNo(a.no, b.no));
    for (const [index, entry] of drawOrder(entries, draw.seed).entries()) {
      setDrawOrder(db, entry.id, index + 1);
    }
    writeDraw(db, id, draw);
    recordAudit(db, {
      action: 'draw.run',
      subject: `track:${trackCode}`,
      before,
      after: draw,
    });
    return { ...draw, late: [] };
  });
}

/**
 * After an entry is saved: an entry new to a drawn track goes to the end of its order (the
 * next number after the current last), logged as a late entry; one that left a track keeps no
 * number from the old order. Runs inside the save's transaction.
 */
export function placeInDraw(db: Db, entryId: number, previousTrack: string | null): void {
  const entry = readEntry(db, entryId);
  if (!entry) return;
  const { id: trackId } = requireTrack(db, entry.track);
  if (previousTrack !== null && previousTrack !== entry.track) setDrawOrder(db, entryId, null);
  if (!readDraw(db, trackId)) return;
  const waiting = undrawnEntries(db, trackId).map((e) => e.id);
  for (const [id, order] of lateOrder(waiting, lastDrawOrder(db, trackId))) {
    setDrawOrder(db, id, order);
    insertLateEntry(db, trackId, id, order);
    recordAudit(db, {
      action: 'draw.lateEntry',
      subject: `entry:${id}`,
      before: null,
      after: { track: entry.track, order },
    });
  }
}
