import { randomInt } from 'node:crypto';
import { drawOrder } from '../../shared/domain/draw';
import { AppFailure } from '../../shared/errors';
import { compareEntryNo } from '../../shared/scoring';
import { recordAudit } from '../store/auditTable';
import { type Db, inTransaction } from '../store/database';
import { readEntries } from '../store/entriesTable';
import { requireTrack } from './rubricService';

export interface Draw {
  seed: number;
  drawnAt: string;
}

export function currentDraw(db: Db, trackCode: string): Draw | null {
  const { id } = requireTrack(db, trackCode);
  const row = db
    .prepare('SELECT seed, drawn_at AS drawnAt FROM draws WHERE track_id = ?')
    .get(id) as Draw | undefined;
  return row ?? null;
}

/**
 * Draws the performance order of a track from a seed (given, or chosen here) and records the
 * seed. Once a judge's mark has arrived the order is history and can no longer be redrawn.
 */
export function runDraw(db: Db, trackCode: string, seed?: number): Draw {
  return inTransaction(db, () => {
    const { id, track } = requireTrack(db, trackCode);
    const scored = db
      .prepare(
        'SELECT 1 FROM scores s JOIN entries e ON e.id = s.entry_id WHERE e.track_id = ? LIMIT 1',
      )
      .get(id);
    if (scored) throw AppFailure.of('draw.scoringStarted', { track: track.name });
    const before = currentDraw(db, trackCode);
    const draw: Draw = {
      seed: seed ?? randomInt(0, 2 ** 31 - 1),
      drawnAt: new Date().toISOString(),
    };
    const entries = readEntries(db, trackCode).sort((a, b) => compareEntryNo(a.no, b.no));
    const update = db.prepare('UPDATE entries SET draw_order = ? WHERE id = ?');
    for (const [index, entry] of drawOrder(entries, draw.seed).entries())
      update.run(index + 1, entry.id);
    db.prepare(
      `INSERT INTO draws (track_id, seed, drawn_at) VALUES (?, ?, ?)
       ON CONFLICT (track_id) DO UPDATE SET seed = excluded.seed, drawn_at = excluded.drawn_at`,
    ).run(id, draw.seed, draw.drawnAt);
    recordAudit(db, {
      actor: 'organizer',
      action: 'draw.run',
      subject: `track:${trackCode}`,
      before,
      after: draw,
    });
    return draw;
  });
}
