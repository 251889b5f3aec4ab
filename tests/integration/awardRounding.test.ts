import { describe, expect, it } from 'vitest';
import { loadCompetition } from '../../electron/services/competitionService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveTrack } from '../../electron/services/rubricService';
import { readAudit } from '../../electron/store/auditTable';
import { openStore } from '../../electron/store/database';
import { seedCourseResults } from '../e2e/seedResults';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

// Four teams, fully scored (the counselor template rounds down): at 15/25/35 %, rounded to the nearest the cut-offs are 1 / 2 / 3
// (0.6 → 1, 1.6 → 2, 3), rounded down ("不超过") each award alone is ⌊0.6⌋ 0 / ⌊1⌋ 1 / ⌊1.4⌋ 1.
const awards = (db: ReturnType<typeof openStore>) =>
  trackResults(db, 'course').results.entries.map((e) => [e.no, e.award?.name.zh ?? null]);

describe('the awards’ rounding rule, stored with the rubric', () => {
  it('is saved through the rubric, audited, kept on disk, and changes the awards it governs', () => {
    const path = seedCourseResults(tempDir());
    let db = openStore(path);
    const course = loadCompetition(db).tracks.find((t) => t.code === 'course')!;
    // The counselor template's rule: 不超过 X%, each award rounded down on its own.
    expect(course.awards.rounding).toBe('down');
    expect(awards(db)).toEqual([
      ['001', '二等奖'],
      ['003', '三等奖'],
      ['002', '优秀奖'],
      ['004', '优秀奖'],
    ]);
    lockResults(db, 'course', '周裁判长', '');

    saveTrack(db, 'course', { ...course, awards: { ...course.awards, rounding: 'nearest' } });
    const audit = readAudit(db, 1)[0]!;
    expect(audit.action).toBe('track.save');
    expect((audit.before as typeof course).awards.rounding).toBe('down');
    expect((audit.after as typeof course).awards.rounding).toBe('nearest');
    db.close();

    db = openStore(path);
    const reread = loadCompetition(db).tracks.find((t) => t.code === 'course')!;
    expect(reread.awards.rounding).toBe('nearest');
    expect(awards(db)).toEqual([
      ['001', '一等奖'],
      ['003', '二等奖'],
      ['002', '三等奖'],
      ['004', '优秀奖'],
    ]);
    // The published version no longer matches: a new one needs the head judge and a reason.
    expect(trackResults(db, 'course').lock).toMatchObject({ version: 1, current: false });
    // Other tracks keep their own rule.
    for (const track of loadCompetition(db).tracks.filter((t) => t.code !== 'course')) {
      expect(track.awards.rounding).toBe('down');
    }
    db.close();
  });

  it('refuses a rule it does not know, and changes nothing', () => {
    const path = seedCourseResults(tempDir());
    const db = openStore(path);
    const course = loadCompetition(db).tracks.find((t) => t.code === 'course')!;
    const bad = { ...course, awards: { ...course.awards, rounding: 'up' } };
    expect(() => saveTrack(db, 'course', bad as unknown as typeof course)).toThrow();
    expect(loadCompetition(db).tracks.find((t) => t.code === 'course')).toEqual(course);
    db.close();
  });
});
