import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { hashInput } from '../../electron/services/resultsInputHash';
import { scoringInput } from '../../electron/services/resultsService';
import { readTracks, trackId } from '../../electron/store/tracksTable';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { markTable, tableRows } from '../../shared/scoring';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

describe('the input hash of a track’s results', () => {
  it('ignores the order marks were read in, and changes with any mark', () => {
    const db = createCompetitionStore(join(tempDir(), 'h.scoredesk'), sampleInfo, 'counselor');
    fillDemo(db, { seed: 3, entriesPerTrack: 6, judgesPerTrack: 5 });
    const { input } = scoringInput(db, 'exhibit');
    db.close();
    const hash = hashInput(input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const shuffled = {
      ...input,
      marks: markTable(input.marks.width, tableRows(input.marks).reverse()),
      entries: [...input.entries].reverse(),
    };
    expect(hashInput(shuffled)).toBe(hash);
    const [first, ...others] = tableRows(input.marks);
    const values = [first!.values[0]! + 50, ...first!.values.slice(1)];
    const changed = {
      ...input,
      marks: markTable(input.marks.width, [{ ...first!, values }, ...others]),
    };
    expect(hashInput(changed)).not.toBe(hash);
  });
});

describe('the input hash as docs/file-formats.md defines it', () => {
  it('is recomputed from the store by following the document alone', () => {
    const db = createCompetitionStore(join(tempDir(), 'd.scoredesk'), sampleInfo, 'counselor');
    fillDemo(db, { seed: 8, entriesPerTrack: 5, judgesPerTrack: 4, blankShare: 0.15 });
    const track = readTracks(db).find((t) => t.code === 'exhibit')!;
    const id = trackId(db, track.code)!;
    const rows = <T>(sql: string) => db.prepare(sql).raw(true).all(id) as T[];
    const lines = (list: unknown[][]) => list.map((fields) => JSON.stringify(fields)).sort();
    const lists = {
      entries: rows<unknown[]>(
        `SELECT e.id, g.code, e.no, e.name, e.status FROM entries e JOIN groups g ON g.id = e.group_id
         WHERE e.track_id = ?`,
      ),
      judges: rows<unknown[]>(
        `SELECT j.id, j.name FROM judges j JOIN panel_members p ON p.judge_id = j.id
         WHERE p.track_id = ?`,
      ),
      recusals: rows<unknown[]>(
        `SELECT r.judge_id, r.entry_id FROM recusals r JOIN entries e ON e.id = r.entry_id
         WHERE e.track_id = ?`,
      ),
      objective: rows<unknown[]>(
        `SELECT o.entry_id, c.code, o.value FROM objective_scores o
         JOIN criteria c ON c.id = o.criterion_id WHERE c.track_id = ?`,
      ),
      penalties: rows<unknown[]>(
        `SELECT p.entry_id, p.points, p.reason FROM penalties p JOIN entries e ON e.id = p.entry_id
         WHERE e.track_id = ?`,
      ),
    };
    const judged = track.segments
      .filter((s) => s.kind === 'judged')
      .flatMap((s) => s.criteria.map((c) => c.code));
    const cells = rows<[number, number, string, number]>(
      `SELECT s.judge_id, s.entry_id, c.code, s.value FROM scores s
       JOIN criteria c ON c.id = s.criterion_id
       JOIN panel_members p ON p.judge_id = s.judge_id AND p.track_id = c.track_id
       WHERE c.track_id = ? ORDER BY s.judge_id, s.entry_id`,
    );
    const words: number[] = [];
    let last = '';
    for (const [judgeId, entryId, criterion, value] of cells) {
      if (`${judgeId}/${entryId}` !== last) {
        last = `${judgeId}/${entryId}`;
        words.push(judgeId, entryId, ...judged.map(() => -1));
      }
      words[words.length - judged.length + judged.indexOf(criterion)] = value;
    }
    const marks = Buffer.alloc(words.length * 4);
    for (const [i, word] of words.entries()) marks.writeInt32LE(word, i * 4);
    expect(cells.some(([, , , value]) => value > 0)).toBe(true);
    expect(words).toContain(-1);

    const hash = createHash('sha256').update(canonicalJson({ track }));
    for (const [name, list] of Object.entries(lists)) {
      hash.update(`\n${name}\n${lines(list).join('\n')}`);
    }
    hash.update('\nmarks\n').update(marks);
    expect(hashInput(scoringInput(db, track.code).input)).toBe(hash.digest('hex'));
    db.close();
  });
});
