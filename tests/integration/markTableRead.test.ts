import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { saveJudge } from '../../electron/services/rosterService';
import { readJudges } from '../../electron/store/judgesTable';
import { criterionId, readMarks } from '../../electron/store/marksTable';
import { writeCell } from '../../electron/store/scoreCellsTable';
import { readTracks, trackId } from '../../electron/store/tracksTable';
import { judgedCriteria, tableRows } from '../../shared/scoring';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

describe('reading a track’s judged marks as the engine’s table', () => {
  it('holds exactly the stored marks of the panel, per judge and entry, blanks left blank', () => {
    const db = createCompetitionStore(join(tempDir(), 'm.scoredesk'), sampleInfo, 'counselor');
    fillDemo(db, { seed: 5, entriesPerTrack: 7, judgesPerTrack: 3, blankShare: 0.2 });
    // One judge on two panels, with marks in both: each track keeps only its own.
    const [first, second] = readTracks(db);
    const judge = readJudges(db).find((j) => j.tracks[0] === first!.code)!;
    saveJudge(db, { ...judge, tracks: [first!.code, second!.code] }, { confirmJoin: true });
    const other = db
      .prepare('SELECT id FROM entries WHERE track_id = ? ORDER BY id LIMIT 1')
      .get(trackId(db, second!.code)) as { id: number };
    const code = judgedCriteria(second!)[0]!;
    writeCell(db, {
      judgeId: judge.id,
      entryId: other.id,
      criterionId: criterionId(db, trackId(db, second!.code)!, code)!,
      value: 500,
      revision: 1,
      updatedAt: '2026-10-21T09:00:00.000Z',
    });

    for (const track of readTracks(db)) {
      const id = trackId(db, track.code)!;
      const judged = judgedCriteria(track);
      const stored = db
        .prepare(
          `SELECT s.judge_id AS judgeId, s.entry_id AS entryId, c.code AS criterion, s.value
           FROM scores s JOIN criteria c ON c.id = s.criterion_id
           JOIN panel_members p ON p.judge_id = s.judge_id AND p.track_id = c.track_id
           WHERE c.track_id = ?`,
        )
        .all(id) as Array<{ judgeId: number; entryId: number; criterion: string; value: number }>;
      const cells = tableRows(readMarks(db, id, track).marks).flatMap((row) =>
        row.values.flatMap((value, i) =>
          value === null
            ? []
            : [{ judgeId: row.judgeId, entryId: row.entryId, criterion: judged[i]!, value }],
        ),
      );
      const key = (c: (typeof cells)[number]) => `${c.judgeId}/${c.entryId}/${c.criterion}`;
      const sort = (list: typeof cells) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
      expect(stored.length).toBeGreaterThan(0);
      expect(sort(cells)).toEqual(sort(stored));
    }
    const secondCells = tableRows(readMarks(db, trackId(db, second!.code)!, second!).marks).filter(
      (row) => row.judgeId === judge.id,
    );
    expect(secondCells).toEqual([
      {
        judgeId: judge.id,
        entryId: other.id,
        values: judgedCriteria(second!).map((c) => (c === code ? 500 : null)),
      },
    ]);
    db.close();
  });
});
