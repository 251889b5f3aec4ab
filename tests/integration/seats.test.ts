import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { resultsWorkbookModel } from '../../electron/services/exportService';
import {
  exportJudgeFile,
  judgeFilesStatus,
  openJudgeFile,
} from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { exportPaperSheets } from '../../electron/services/paperSheetService';
import { lockResults, trackResults } from '../../electron/services/resultsService';
import { saveJudge } from '../../electron/services/rosterService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { readPanel, setOfficials, setSeats } from '../../electron/services/seatingService';
import { openStore } from '../../electron/store/database';
import { readJudges } from '../../electron/store/judgesTable';
import { judgeLaptop, organizerStore, refusedCode, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// Issue 13, point 3: judges have seats (1号评委 …) and roles (裁判长, 监审) per panel, and a phone.

const tempDir = tempDirsForEachTest();

const seatsOf = (db: ReturnType<typeof organizerStore>['db']) =>
  readPanel(db, TRACK).members.map((m) => [m.name, m.seat]);

describe('seats', () => {
  it('seats a panel 1..n in the order it was made; a judge who leaves frees the seat, the others keep theirs', () => {
    const { db, judges } = organizerStore(tempDir());
    expect(seatsOf(db)).toEqual([
      ['评委1', 1],
      ['评委2', 2],
      ['评委3', 3],
      ['评委4', 4],
      ['评委5', 5],
    ]);
    saveJudge(db, { ...judges[1]!, tracks: [] });
    expect(seatsOf(db).map(([, seat]) => seat)).toEqual([1, 3, 4, 5]);
    // The next to join takes the empty chair, not a sixth one.
    saveJudge(db, { name: '新评委', organization: '新馆', region: '', tracks: [TRACK] });
    expect(seatsOf(db)[1]).toEqual(['新评委', 2]);
    // Editing a judge (their name) does not move them.
    saveJudge(db, { ...judges[4]!, name: '评委五' });
    expect(seatsOf(db).at(-1)).toEqual(['评委五', 5]);
  });

  it('a migrated store is seated in the order its judges were added', () => {
    const dir = tempDir();
    const { db } = organizerStore(dir);
    const path = db.name;
    // Back to what migration 8 left: no judge's hall (14); no stage (13); no hall network (12);
    // no double entry (11); no merge history (10); no seats, officials or phone (9).
    db.exec(`
      DROP TABLE judge_hall;
      DROP TABLE stage_screen;
      DROP TABLE appeals;
      DROP TABLE stage_tracks;
      DROP TABLE performance_times;
      DROP TABLE entry_reviews;
      DROP TABLE lan_pairing_codes;
      DROP TABLE lan_devices;
      DROP TABLE lan_certificates;
      DROP TABLE double_entry_resolutions;
      DROP TABLE double_entry_cells;
      DROP TABLE double_entry_passes;
      DROP TABLE merge_history;
      ALTER TABLE score_conflicts DROP COLUMN stored_source;
      ALTER TABLE score_conflicts DROP COLUMN stored_saved_at;
      ALTER TABLE score_conflicts DROP COLUMN incoming_saved_at;
      ALTER TABLE score_conflicts DROP COLUMN decided_by;
      ALTER TABLE score_conflicts DROP COLUMN decision_reason;
      DROP INDEX panel_members_seat;
      ALTER TABLE panel_members DROP COLUMN seat;
      DROP TABLE track_officials;
      ALTER TABLE judges DROP COLUMN phone;
      ALTER TABLE issued_judge_files DROP COLUMN seats;
    `);
    db.pragma('user_version = 8');
    db.close();
    const reopened = openStore(path);
    expect(seatsOf(reopened).map(([, seat]) => seat)).toEqual([1, 2, 3, 4, 5]);
    expect(readJudges(reopened).every((j) => j.phone === '')).toBe(true);
    reopened.close();
  });

  it('swaps seats, refuses a seat taken twice or a judge off the panel, and says which judge files went stale', () => {
    const { db, judges } = organizerStore(tempDir());
    const [a, b] = [judges[0]!.id, judges[1]!.id];
    exportJudgeFile(db, a);
    exportJudgeFile(db, judges[2]!.id);
    const rest = judges.slice(2).map((j, i) => ({ judgeId: j.id, seat: i + 3 }));
    expect(
      refusedCode(() =>
        setSeats(db, TRACK, [{ judgeId: a, seat: 2 }, { judgeId: b, seat: 2 }, ...rest]),
      ),
    ).toBe('seat.taken');
    expect(refusedCode(() => setSeats(db, TRACK, [{ judgeId: a, seat: 1 }, ...rest]))).toBe(
      'seat.missing',
    );
    expect(seatsOf(db)[0]).toEqual(['评委1', 1]);

    const done = setSeats(db, TRACK, [{ judgeId: a, seat: 2 }, { judgeId: b, seat: 1 }, ...rest]);
    expect(done.panel.members.map((m) => [m.name, m.seat]).slice(0, 2)).toEqual([
      ['评委2', 1],
      ['评委1', 2],
    ]);
    // 评委1's file names seat 1; 评委3's still says 3, 评委2 never had one.
    expect(done.staleJudgeFiles).toEqual([{ name: '评委1', seat: 2 }]);
    const status = judgeFilesStatus(db).find((s) => s.judgeId === a)!;
    expect(status).toMatchObject({ status: 'stale', changed: ['seats'] });
    expect(judgeFilesStatus(db).find((s) => s.judgeId === judges[2]!.id)?.status).toBe('current');
    // Exported again: current, and the file names the seat.
    const file = exportJudgeFile(db, a);
    expect(file.fileName).toContain('2号评委 评委1');
    expect(judgeFilesStatus(db).find((s) => s.judgeId === a)?.status).toBe('current');
    // On the judge's laptop, the store made from the file has the seat.
    const laptop = openStore(openJudgeFile(tempDir(), file.content));
    expect(laptop.prepare('SELECT seat FROM panel_members WHERE judge_id = ?').pluck().get(a)).toBe(
      2,
    );
    laptop.close();
  });

  it('names judges by seat on paper sheets, results and exports, never by internal id', async () => {
    const { db, judges } = organizerStore(tempDir());
    const laptop = judgeLaptop(db, judges[0]!.id, tempDir());
    mergeScoreFiles(db, [
      { name: 'a.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    laptop.db.close();
    const [sheet] = await exportPaperSheets(db, judges[2]!.id, TRACK);
    expect(sheet!.fileName).toContain('3号评委 评委3');
    const cells = XLSX.read(sheet!.bytes, { type: 'buffer' });
    const text = JSON.stringify(
      XLSX.utils.sheet_to_json(cells.Sheets[cells.SheetNames[0]!]!, { header: 1 }),
    );
    expect(text).toContain('3号评委：评委3（单位：3号馆）');
    expect(text).not.toContain('评委编号');

    expect(trackResults(db, TRACK).judges.map((j) => j.seat)).toEqual([1, 2, 3, 4, 5]);
    const zh = resultsWorkbookModel(db, { track: TRACK, language: 'zh-CN' }).sheets[0]!;
    expect(zh.header).toContain('1号评委 评委1');
    const en = resultsWorkbookModel(db, { track: TRACK, language: 'en' }).sheets[0]!;
    expect(en.header).toContain('Judge 5 评委5');
  });

  it('refuses a change of seats once the results are locked', () => {
    const { db, judges } = organizerStore(tempDir());
    const files = judges.map((j, n) => {
      const laptop = judgeLaptop(db, j.id, tempDir());
      const content = exportScoreFile(laptop.db).content;
      laptop.db.close();
      return { name: `${n}.scoredesk-scores`, content };
    });
    mergeScoreFiles(db, files);
    const blockers = trackResults(db, TRACK).blockers.map((b) => b.flag);
    lockResults(db, TRACK, '裁判长', '', blockers);
    const seating = judges.map((j, i) => ({ judgeId: j.id, seat: 5 - i }));
    expect(refusedCode(() => setSeats(db, TRACK, seating))).toBe('seat.locked');
  });
});

describe('head judge and supervisors', () => {
  it('a head judge who does not score takes no seat; one who scores joins the panel on the next seat', () => {
    const { db } = organizerStore(tempDir());
    const head = saveJudge(db, { name: '王裁判', organization: '省馆', region: '', tracks: [] });
    const watcher = saveJudge(db, { name: '李监审', organization: '科协', region: '', tracks: [] });
    let panel = setOfficials(db, TRACK, {
      headJudgeId: head.id,
      headJudgeScores: false,
      supervisorIds: [watcher.id],
    });
    expect(panel.headJudge).toMatchObject({ name: '王裁判', scores: false, seat: null });
    expect(panel.supervisors.map((s) => s.name)).toEqual(['李监审']);
    expect(panel.members).toHaveLength(5);

    panel = setOfficials(db, TRACK, {
      headJudgeId: head.id,
      headJudgeScores: true,
      supervisorIds: [watcher.id],
    });
    expect(panel.headJudge).toMatchObject({ scores: true, seat: 6 });
    expect(trackResults(db, TRACK).judges.map((j) => j.name)).toContain('王裁判');
    // A supervisor watches: neither through this screen nor through the judge's form do they score.
    expect(
      refusedCode(() =>
        setOfficials(db, TRACK, {
          headJudgeId: head.id,
          headJudgeScores: true,
          supervisorIds: [panel.members[0]!.judgeId],
        }),
      ),
    ).toBe('officials.supervisorScores');
    expect(refusedCode(() => saveJudge(db, { ...watcher, tracks: [TRACK] }))).toBe(
      'officials.supervisorScores',
    );
  });

  it('a head judge with marks cannot stop scoring: the marks would be dropped', () => {
    const { db, judges } = organizerStore(tempDir());
    const laptop = judgeLaptop(db, judges[0]!.id, tempDir());
    mergeScoreFiles(db, [
      { name: 'a.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    laptop.db.close();
    const choice = { headJudgeId: judges[0]!.id, supervisorIds: [] };
    expect(setOfficials(db, TRACK, { ...choice, headJudgeScores: true }).headJudge?.seat).toBe(1);
    expect(refusedCode(() => setOfficials(db, TRACK, { ...choice, headJudgeScores: false }))).toBe(
      'officials.headHasMarks',
    );
  });
});

describe('phone', () => {
  it('is stored cleaned, checked loosely, and kept when a save does not say it', () => {
    const { db } = organizerStore(tempDir());
    const judge = saveJudge(db, {
      name: '赵评委',
      organization: '馆',
      region: '',
      phone: '１３８ ００００ ００００',
      tracks: [],
    });
    expect(judge.phone).toBe('138 0000 0000');
    expect(saveJudge(db, { ...judge, phone: undefined, name: '赵评委' }).phone).toBe(
      '138 0000 0000',
    );
    expect(refusedCode(() => saveJudge(db, { ...judge, phone: '问组委会' }))).toBe(
      'judge.badPhone',
    );
  });
});
