import { describe, expect, it } from 'vitest';
import { ceremonyScript } from '../../electron/services/ceremonyService';
import {
  readCeremonySettings,
  saveCeremonySettings,
} from '../../electron/services/ceremonySettings';
import { trackConsistency } from '../../electron/services/consistencyService';
import { addSingleAward } from '../../electron/services/marksService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveJudge } from '../../electron/services/rosterService';
import { saveTrack } from '../../electron/services/rubricService';
import { confSettings } from '../../electron/services/settings';
import { openStore } from '../../electron/store/database';
import { readJudges } from '../../electron/store/judgesTable';
import { readTracks } from '../../electron/store/tracksTable';
import { defaultCeremonyOptions } from '../../shared/ceremony/awardsScript';
import { defaultCertificateLayout } from '../../shared/ceremony/certificateLayout';
import { AppFailure } from '../../shared/errors';
import { seedCourseResults } from '../e2e/seedResults';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

// seedCourseResults: five judges (甲 … 戊), four teams, every judge's total known:
//   001: 80 82 84 78 81   002: 83 79 81 81 80   003: 75 84 80 81 82   004: 70 72 71 73 69
describe('judge consistency on a real store', () => {
  it('counts the marks the results screen strikes out, judge by judge, and the deviations', () => {
    const db = openStore(seedCourseResults(tempDir()));
    try {
      const report = trackConsistency(db, 'course');
      expect(report.fullMarks).toBe(10000);
      expect(report.threshold).toBe(1000);
      expect(report.entriesCompared).toBe(4);
      const dropped = report.judges.map((j) => [j.name, j.dropped.high, j.dropped.low]);
      expect(dropped).toEqual([
        ['评委甲', 1, 1],
        ['评委乙', 1, 1],
        ['评委丙', 1, 0],
        ['评委丁', 1, 1],
        ['评委戊', 0, 1],
      ]);
      // The same as the struck-out marks of the results the lock would publish.
      const struck = trackResults(db, 'course').results.entries.flatMap((e) =>
        e.judges.filter((l) => l.status === 'droppedHigh' || l.status === 'droppedLow'),
      );
      expect(report.droppedMarks).toBe(struck.length);
      // 评委甲 gave 003 75 against the others' (84+80+81+82)/4 = 81.75: 6.75 apart. No total
      // is 10 points (10 % of 100) from the others'; at 5 % (5 points) that one is listed.
      expect(report.judges.every((j) => j.deviations.length === 0)).toBe(true);
      const tighter = trackConsistency(db, 'course', 5);
      expect(tighter.judges[0]!.deviations.map((d) => [d.no, d.difference])).toEqual([
        ['003', -675],
      ]);
    } finally {
      db.close();
    }
  });

  it('compares a judge’s marks for entries of the judge’s own region with the rest', () => {
    const db = openStore(seedCourseResults(tempDir()));
    try {
      const first = readJudges(db).find((j) => j.name === '评委甲')!;
      saveJudge(db, { ...first, region: '浙江省', tracks: ['course'] });
      const report = trackConsistency(db, 'course');
      const judge = report.judges.find((j) => j.name === '评委甲')!;
      // Every entry of the seed is from 浙江: all four are the judge's own region's.
      expect(judge.byRegion?.own.entries).toBe(4);
      expect(judge.byRegion?.other.entries).toBe(0);
      expect(report.judges.find((j) => j.name === '评委乙')!.byRegion).toBeNull();
    } finally {
      db.close();
    }
  });
});

describe('the ceremony on a real store', () => {
  it('reads each track’s results and says whether they are the locked version', () => {
    const db = openStore(seedCourseResults(tempDir()));
    try {
      const entry = trackResults(db, 'course').results.entries.find((e) => e.no === '004')!;
      addSingleAward(db, { entryId: entry.entryId, name: '最佳创意奖' });
      const before = ceremonyScript(db, { ...defaultCeremonyOptions, tierOrder: 'highFirst' });
      const course = before.steps.filter((s) => s.track === 'course');
      expect(course.map((s) => [s.award.zh, s.recipients.map((r) => r.no)])).toEqual([
        ['二等奖', ['001']],
        ['三等奖', ['003']],
        ['优秀奖', ['002', '004']],
        ['最佳创意奖', ['004']],
      ]);
      expect(before.tracks.find((t) => t.code === 'course')).toEqual({
        code: 'course',
        state: 'notLocked',
        version: null,
      });
      lockResults(db, 'course', '周裁判长', '');
      const after = ceremonyScript(db, defaultCeremonyOptions);
      expect(after.tracks.find((t) => t.code === 'course')).toMatchObject({
        state: 'locked',
        version: 1,
      });
      // Tracks with no entries give no steps, but are still listed with their state.
      expect(after.steps.every((s) => s.track === 'course')).toBe(true);
    } finally {
      db.close();
    }
  });

  it('calls up a track’s single awards even when the track gives no tiered awards', () => {
    const db = openStore(seedCourseResults(tempDir()));
    try {
      const course = readTracks(db).find((t) => t.code === 'course')!;
      saveTrack(db, 'course', { ...course, awards: { ...course.awards, tiers: [], rest: null } });
      const entry = trackResults(db, 'course').results.entries.find((e) => e.no === '004')!;
      addSingleAward(db, { entryId: entry.entryId, name: '最佳创意奖' });
      const script = ceremonyScript(db, defaultCeremonyOptions);
      expect(
        script.steps
          .filter((s) => s.track === 'course')
          .map((s) => [s.award.zh, s.recipients.map((r) => r.no)]),
      ).toEqual([['最佳创意奖', ['004']]]);
    } finally {
      db.close();
    }
  });

  it('keeps the order and the certificate layout per competition in the settings', () => {
    const dir = tempDir();
    const settings = confSettings(dir);
    const db = openStore(seedCourseResults(dir));
    try {
      expect(readCeremonySettings(settings, db).layout).toEqual(defaultCertificateLayout);
      const layout = structuredClone(defaultCertificateLayout);
      layout.fields.name.y = 70.5;
      layout.style = 'preprinted';
      saveCeremonySettings(settings, db, {
        options: { ...defaultCeremonyOptions, singleAwards: 'atEnd' },
        layout,
      });
      const png = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]).toString('base64');
      saveCeremonySettings(settings, db, { background: { type: 'image/png', base64: png } });
      // Read again from the file, as the next start of the app does.
      const reread = readCeremonySettings(confSettings(dir), db);
      expect(reread.layout.fields.name.y).toBe(70.5);
      expect(reread.options.singleAwards).toBe('atEnd');
      expect(reread.background?.type).toBe('image/png');
      // A file that is not the image it claims is refused, and the kept image stays.
      const text = Buffer.from('not an image at all').toString('base64');
      expect(() =>
        saveCeremonySettings(settings, db, { background: { type: 'image/jpeg', base64: text } }),
      ).toThrow(AppFailure);
      expect(readCeremonySettings(confSettings(dir), db).background?.base64).toBe(png);
    } finally {
      db.close();
    }
  });
});
