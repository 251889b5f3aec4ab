import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeness } from '../../electron/services/completenessService';
import {
  listConflicts,
  mergeScoreFiles,
  resolveConflict,
} from '../../electron/services/mergeService';
import { saveTrack } from '../../electron/services/rubricService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { sha256Hex, signWith } from '../../electron/services/signing';
import { readAudit } from '../../electron/store/auditTable';
import { openStore } from '../../electron/store/database';
import { readOwnKey } from '../../electron/store/ownKeyTable';
import { listSnapshots } from '../../electron/store/snapshots';
import { readTracks } from '../../electron/store/tracksTable';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import {
  criteria,
  judgeLaptop,
  organizerStore,
  recuse,
  refusedCode,
  scoresDump,
  TRACK,
} from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

/** Five judges' laptops, every cell scored, each score file exported once. */
function scenario() {
  const organizer = organizerStore(tempDir());
  const laptops = organizer.judges.map((j) => judgeLaptop(organizer.db, j.id, tempDir()));
  const files = laptops.map((l, n) => ({
    name: `judge${n + 1}.scoredesk-scores`,
    ...pick(exportScoreFile(l.db)),
  }));
  return { ...organizer, laptops, files };
}
const pick = ({ content }: { content: string }) => ({ content });

describe('judge files out, score files in', () => {
  it('goes round trip: judge files → judges’ sheets → score files → complete organizer store', () => {
    const { db, judges, entries, laptops, files } = scenario();
    const sheet = readSheet(laptops[4]!.db);
    expect(sheet.judge).toEqual({ id: judges[4]!.id, name: '评委5', seats: { drama: 5 } });
    // Judge 5 is recused from D04: on the sheet, marked, never scored.
    expect(sheet.entries.map((e) => [e.no, e.recusal !== null])).toEqual([
      ['D01', false],
      ['D02', false],
      ['D03', false],
      ['D04', true],
    ]);
    expect(sheet.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(sheet.submissions).toBe(1);

    const summary = mergeScoreFiles(db, files);
    const perJudge = criteria(db).length;
    expect(summary.map((s) => [s.status, s.applied, s.reason])).toEqual([
      ['applied', 4 * perJudge, null],
      ['applied', 4 * perJudge, null],
      ['applied', 4 * perJudge, null],
      ['applied', 4 * perJudge, null],
      ['applied', 3 * perJudge, null],
    ]);
    const { cells } = completeness(db, TRACK);
    const states = Object.entries(cells);
    expect(states).toHaveLength(20);
    expect(states.filter(([, s]) => s === 'submitted')).toHaveLength(19);
    expect(cells[`${entries[3]!.id}:${judges[4]!.id}`]).toBe('recused');
    const merged = db.prepare('SELECT COUNT(*) AS n FROM merged_files').get() as { n: number };
    expect(merged.n).toBe(5);
    const audit = db
      .prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'scores.merge'`)
      .get();
    expect(audit).toEqual({ n: 5 });
  });

  it('changes nothing when the same file comes twice, or an older one after a newer', () => {
    const { db, judges, entries, laptops, files } = scenario();
    mergeScoreFiles(db, files);
    const before = scoresDump(db);
    const again = mergeScoreFiles(db, [files[0]!]);
    expect(again[0]).toMatchObject({ status: 'unchanged', applied: 0, conflicts: 0 });
    expect(scoresDump(db)).toBe(before);

    const first = criteria(db)[0]!;
    const { value: markBefore } = db
      .prepare(
        `SELECT s.value FROM scores s JOIN criteria c ON c.id = s.criterion_id
         WHERE s.judge_id = ? AND s.entry_id = ? AND c.code = ?`,
      )
      .get(judges[0]!.id, entries[0]!.id, first.code) as { value: number };
    expect(markBefore).not.toBe(first.max);
    setSheetScore(laptops[0]!.db, {
      entryId: entries[0]!.id,
      criterion: first.code,
      value: first.max,
    });
    const newer = { name: 'newer', content: exportScoreFile(laptops[0]!.db).content };
    expect(mergeScoreFiles(db, [newer])[0]).toMatchObject({ status: 'applied', applied: 1 });
    const afterNewer = scoresDump(db);
    // The audit lists what a file replaced, before and after; a first arrival is no change.
    const [second, firstMerge] = readAudit(db).filter(
      (a) => a.action === 'scores.merge' && a.subject === `judge:${judges[0]!.id}`,
    );
    const counts = (applied: number, unchanged: number) => ({
      applied,
      unchanged,
      older: 0,
      conflicts: 0,
    });
    expect(firstMerge!.after).toEqual({
      file: 'judge1.scoredesk-scores',
      fileHash: sha256Hex(files[0]!.content),
      ...counts(4 * criteria(db).length, 0),
      changes: [],
    });
    expect(second!.after).toEqual({
      file: 'newer',
      fileHash: sha256Hex(newer.content),
      ...counts(1, 4 * criteria(db).length - 1),
      changes: [
        { entry: 'D01', criterion: first.code, before: markBefore, after: first.max, revision: 2 },
      ],
    });
    const older = mergeScoreFiles(db, [files[0]!])[0]!;
    expect(older).toMatchObject({ status: 'unchanged', applied: 0, older: 1, conflicts: 0 });
    expect(scoresDump(db)).toBe(afterNewer);
  });

  it('refuses a changed byte, another competition, another judge, another rubric — storing nothing', () => {
    const { db, judges, laptops, files } = scenario();
    const before = scoresDump(db);
    const tampered = files[0]!.content.replace(
      /"value":(\d)/,
      (_m, d) => `"value":${(Number(d) + 1) % 10}`,
    );
    const foreign = scenarioIn('另一场赛事').files[0]!;
    // Judge 1's file rewritten to claim judge 2, signed with the key of judge 1's device.
    const claim = JSON.parse(files[0]!.content);
    claim.judge = { ...claim.judge, id: judges[1]!.id, name: judges[1]!.name };
    const key = readOwnKey(laptops[0]!.db)!.sealedPrivateKey;
    const claiming = encodeSignedFile({ ...claim, signature: signWith(key, signedPayload(claim)) });
    const summary = mergeScoreFiles(db, [
      { name: 'tampered', content: tampered },
      { name: 'foreign', content: foreign.content },
      { name: 'claiming', content: claiming },
      { name: 'garbage', content: '{"format":"scoredesk.score-file"' },
    ]);
    expect(summary.map((s) => [s.status, s.reason?.code])).toEqual([
      ['refused', 'merge.badSignature'],
      ['refused', 'merge.otherCompetitionUnknown'],
      ['refused', 'merge.otherKey'],
      ['refused', 'scoreFile.notJson'],
    ]);
    expect(summary[2]!.judge).toBe(judges[1]!.name);
    expect(scoresDump(db)).toBe(before);

    const drama = readTracks(db).find((t) => t.code === TRACK)!;
    drama.segments[0]!.criteria[0]!.max += 100;
    saveTrack(db, TRACK, drama);
    expect(mergeScoreFiles(db, [files[1]!])[0]!.reason?.code).toBe('merge.otherRubric');
    expect(scoresDump(db)).toBe(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM merged_files').get()).toEqual({ n: 0 });
  });

  it('refuses a mark for an entry the judge was recused from after the file went out', () => {
    const { db, judges, entries, files } = scenario();
    recuse(db, judges[0]!.id, entries[0]!.id);
    expect(mergeScoreFiles(db, [files[0]!])[0]!.reason).toEqual({
      code: 'merge.recused',
      params: { judge: '评委1', no: 'D01' },
    });
  });

  it('records a real conflict without applying it, once, until the organizer decides', () => {
    const { db, judges, entries, laptops, files } = scenario();
    mergeScoreFiles(db, files);
    // Judge 2 copied the sheet (and with it the device's key) to a second laptop, and scored one
    // cell differently there: two histories of one cell, under the same accepted key.
    const copy = join(tempDir(), 'copy.scoredesk');
    laptops[1]!.db.exec(`VACUUM INTO '${copy}'`);
    const second = openStore(copy);
    const c = criteria(db)[0]!;
    const cellOf = () =>
      db
        .prepare(
          `SELECT s.value, s.revision FROM scores s JOIN criteria c ON c.id = s.criterion_id
           WHERE s.judge_id = ? AND s.entry_id = ? AND c.code = ?`,
        )
        .get(judges[1]!.id, entries[0]!.id, c.code) as { value: number; revision: number };
    // The first laptop changes it too, and that file is merged first.
    const first = cellOf().value === c.max ? c.max - c.step : c.max;
    setSheetScore(laptops[1]!.db, { entryId: entries[0]!.id, criterion: c.code, value: first });
    mergeScoreFiles(db, [
      { name: 'first-laptop', content: exportScoreFile(laptops[1]!.db).content },
    ]);
    const stored = cellOf();
    const other = first - c.step;
    setSheetScore(second, { entryId: entries[0]!.id, criterion: c.code, value: other });
    const file = { name: 'second-laptop', content: exportScoreFile(second).content };

    expect(mergeScoreFiles(db, [file])[0]).toMatchObject({ status: 'unchanged', conflicts: 1 });
    expect(mergeScoreFiles(db, [file])[0]).toMatchObject({ conflicts: 1 });
    expect(cellOf()).toEqual(stored);
    const conflicts = listConflicts(db);
    expect(conflicts).toEqual([
      expect.objectContaining({
        judge: '评委2',
        entryNo: 'D01',
        criterion: c.code,
        revision: 2,
        storedValue: stored.value,
        incomingValue: other,
        source: 'second-laptop',
      }),
    ]);
    expect(completeness(db, TRACK).cells[`${entries[0]!.id}:${judges[1]!.id}`]).toBe('conflict');

    resolveConflict(db, conflicts[0]!.id, other, {
      by: '王裁判长',
      reason: '评委确认第二台电脑上的分数',
    });
    expect(listSnapshots(db.name).map((s) => s.reason)).toContain('conflict');
    expect(cellOf()).toEqual({ value: other, revision: 2 });
    expect(listConflicts(db)).toEqual([]);
    expect(completeness(db, TRACK).cells[`${entries[0]!.id}:${judges[1]!.id}`]).toBe('scored');
    // Both files that disagreed are now simply unchanged.
    const again = mergeScoreFiles(db, [file, files[1]!]);
    expect(again.map((s) => [s.status, s.conflicts])).toEqual([
      ['unchanged', 0],
      ['unchanged', 0],
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM score_conflicts').get()).toEqual({ n: 1 });
    expect(refusedCode(() => resolveConflict(db, 999, 0, { by: '王裁判长', reason: '核对' }))).toBe(
      'merge.conflictNotFound',
    );
  });

  it('carries a cleared cell to the organizer, where an older file cannot bring it back', () => {
    const { db, judges, entries, laptops, files } = scenario();
    mergeScoreFiles(db, files);
    const c = criteria(db)[1]!;
    expect(
      setSheetScore(laptops[2]!.db, { entryId: entries[1]!.id, criterion: c.code, value: null }),
    ).toEqual({
      revision: 2,
    });
    const cleared = exportScoreFile(laptops[2]!.db).content;
    expect(cleared).toContain('"value":null');
    expect(mergeScoreFiles(db, [{ name: 'cleared', content: cleared }])[0]).toMatchObject({
      applied: 1,
    });
    const pair = `${entries[1]!.id}:${judges[2]!.id}`;
    expect(completeness(db, TRACK).cells[pair]).toBe('partial');
    expect(mergeScoreFiles(db, [files[2]!])[0]).toMatchObject({ status: 'unchanged', older: 1 });
    expect(completeness(db, TRACK).cells[pair]).toBe('partial');
    // Scoring it again on the laptop is revision 3, and wins again.
    expect(
      setSheetScore(laptops[2]!.db, { entryId: entries[1]!.id, criterion: c.code, value: c.step }),
    ).toEqual({
      revision: 3,
    });
    mergeScoreFiles(db, [{ name: 'again', content: exportScoreFile(laptops[2]!.db).content }]);
    expect(completeness(db, TRACK).cells[pair]).toBe('scored');
  });
});

function scenarioIn(name: string) {
  const { db, judges } = organizerStore(tempDir(), name);
  const laptop = judgeLaptop(db, judges[0]!.id, tempDir());
  return { files: [{ name: 'foreign', content: exportScoreFile(laptop.db).content }] };
}
