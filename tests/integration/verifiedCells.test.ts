import { describe, expect, it } from 'vitest';
import { saveEntry } from '../../electron/services/rosterService';
import type { CheckedCell } from '../../electron/services/scoreFileCheck';
import { mergeVerifiedCells } from '../../electron/services/verifiedCells';
import { readAudit } from '../../electron/store/auditTable';
import { type Db, inTransaction } from '../../electron/store/database';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import { type Cell, mergeCells } from '../../shared/merge/mergeDecisions';
import { criteria, organizerStore, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// The writes of a merge match the pure decisions (mergeCells), whichever way they are made: new
// cells many rows a statement (more than one statement's worth here), blanks apart, and a cell
// named twice in one file after its first arrival.

const tempDir = tempDirsForEachTest();

function judgeCells(db: Db, judgeId: number): Map<string, Cell> {
  return new Map(
    readJudgeCells(db, judgeId).map((c) => [
      `${c.entryId}:${c.criterion}`,
      { value: c.value, revision: c.revision },
    ]),
  );
}

describe('writing a judge’s verified cells', () => {
  it('stores what the decisions say, and audits only what replaced a stored cell', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const more = Array.from({ length: 20 }, (_, n) =>
      saveEntry(db, {
        track: TRACK,
        group: 'main',
        no: `E${String(n).padStart(2, '0')}`,
        name: `第${n + 5}队`,
        organization: '馆',
        region: '浙江',
        title: '光',
        status: 'competing',
        members: [],
      }),
    );
    const judge = judges[0]!;
    const ids = db
      .prepare(
        'SELECT c.id, c.code FROM criteria c JOIN tracks t ON t.id = c.track_id WHERE t.code = ?',
      )
      .all(TRACK) as Array<{ id: number; code: string }>;
    const cell = (
      entry: { id: number; no: string },
      code: string,
      value: number | null,
      revision: number,
    ): CheckedCell => ({
      key: `${entry.id}:${code}`,
      entryId: entry.id,
      entryNo: entry.no,
      criterionId: ids.find((c) => c.code === code)!.id,
      criterion: code,
      value,
      revision,
      updatedAt: '2026-10-21T09:00:00.000Z',
    });
    const codes = criteria(db).map((c) => c.code);
    const all = [...entries, ...more];
    const first = all.flatMap((entry, e) =>
      codes.map((code, c) => cell(entry, code, (e + c) % 5 === 0 ? null : 100 * c, 1)),
    );
    expect(first.length).toBeGreaterThan(64 + 10);
    // A cell named twice: its second arrival is decided against its first.
    const file = [...first, cell(all[0]!, codes[1]!, 250, 2)];
    const merge = (cells: CheckedCell[], name: string) =>
      inTransaction(db, () =>
        mergeVerifiedCells(db, {
          name,
          judge,
          cells,
          fileHash: name,
          submittedAt: '',
        }),
      );

    const expected = mergeCells(new Map(), file);
    expect(merge(file, 'first')).toEqual(expected.counts);
    expect(judgeCells(db, judge.id)).toEqual(expected.cells);

    const revised = [cell(all[0]!, codes[0]!, 300, 3), cell(all[1]!, codes[2]!, null, 3)];
    const before = judgeCells(db, judge.id);
    const next = mergeCells(before, revised);
    merge(revised, 'revised');
    expect(judgeCells(db, judge.id)).toEqual(next.cells);

    const audits = readAudit(db).filter((a) => a.action === 'scores.merge');
    expect(audits.map((a) => (a.after as { changes: unknown[] }).changes)).toEqual([
      revised.map((c) => ({
        entry: c.entryNo,
        criterion: c.criterion,
        before: before.get(c.key)!.value,
        after: c.value,
        revision: 3,
      })),
      [],
    ]);
  });
});
