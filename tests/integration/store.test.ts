import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createCompetitionStore,
  loadCompetition,
} from '../../electron/services/competitionService';
import { removeEntry, saveEntry, saveJudge } from '../../electron/services/rosterService';
import { addTrack, removeTrack, saveTrack } from '../../electron/services/rubricService';
import { readAudit } from '../../electron/store/auditTable';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { latestVersion } from '../../electron/store/migrations';
import { AppFailure } from '../../shared/errors';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

function newStore() {
  const path = join(tempDir(), 'competition.scoredesk');
  createCompetitionStore(path, sampleInfo, 'counselor').close();
  return path;
}

function failure(work: () => unknown): AppFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected the store to refuse');
}

const entry = (no: string, name: string) => ({
  track: 'exhibit',
  group: 'counselor',
  no,
  name,
  organization: '浙江省科技馆',
  region: '浙江',
  title: '会“说话”的展品',
  status: 'competing' as const,
  members: [],
});

describe('the competition store', () => {
  it('is created from the template and reads back the same after reopening', () => {
    const path = newStore();
    const db = openStore(path);
    const competition = loadCompetition(db);
    db.close();
    expect(competition.name).toBe(sampleInfo.name);
    expect(competition.tracks.map((t) => t.code)).toEqual([
      'exhibit',
      'experiment',
      'drama',
      'course',
    ]);
    const again = openStore(path);
    expect(loadCompetition(again)).toEqual(competition);
    again.close();
  });

  it('runs with WAL, synchronous=FULL, foreign keys, and its schema version', () => {
    const db = openStore(newStore());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
  });

  it('refuses a store from a newer ScoreDesk without touching it', () => {
    const path = newStore();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const before = readFileSync(path);
    const error = failure(() => openStore(path));
    expect(error.errors[0]).toMatchObject({
      code: 'store.newerVersion',
      params: { found: latestVersion + 1 },
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses files that are not ScoreDesk stores', () => {
    const dir = tempDir();
    const text = join(dir, 'roster.scoredesk');
    writeFileSync(text, '编号,姓名\n001,张三\n'.repeat(20));
    expect(failure(() => openStore(text)).errors[0]?.code).toBe('store.notScoreDesk');
    const other = join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(failure(() => openStore(other)).errors[0]?.code).toBe('store.notScoreDesk');
    expect(failure(() => openStore(join(dir, 'missing.scoredesk'))).errors[0]?.code).toBe(
      'store.notFound',
    );
  });

  it('can be copied and the copy opened like the original', () => {
    const path = newStore();
    const db = openStore(path);
    saveEntry(db, entry('001', '张三'));
    db.close();
    const copy = join(tempDir(), 'copy.scoredesk');
    copyFileSync(path, copy);
    const opened = openStore(copy);
    expect(readEntries(opened, 'exhibit').map((e) => e.name)).toEqual(['张三']);
    opened.close();
  });

  it('refuses a duplicate entry number and writes nothing, not even an audit line', () => {
    const db = openStore(newStore());
    saveEntry(db, entry('001', '张三'));
    const auditBefore = readAudit(db).length;
    const error = failure(() => saveEntry(db, entry('001', '李四')));
    expect(error.errors[0]).toMatchObject({ code: 'entry.duplicateNo', params: { no: '001' } });
    expect(readEntries(db, 'exhibit').map((e) => e.name)).toEqual(['张三']);
    expect(readAudit(db).length).toBe(auditBefore);
    db.close();
  });

  it('keeps team members in order and checks the team size', () => {
    const db = openStore(newStore());
    const team = {
      ...entry('D01', '星火剧社'),
      track: 'drama',
      group: 'main',
      members: [
        { name: '王五', role: '编剧' },
        { name: '赵六', role: '主演' },
      ],
    };
    const saved = saveEntry(db, team);
    expect(readEntries(db, 'drama')[0]?.members).toEqual(team.members);
    const tooMany = {
      ...team,
      id: saved.id,
      members: Array.from({ length: 7 }, (_, i) => ({ name: `队员${i}`, role: '' })),
    };
    expect(failure(() => saveEntry(db, tooMany)).errors[0]).toMatchObject({
      code: 'entry.teamSize',
      params: { max: 6, count: 7 },
    });
    expect(readEntries(db, 'drama')[0]?.members).toEqual(team.members);
    db.close();
  });

  it('saves an edited rubric and refuses a broken one whole', () => {
    const db = openStore(newStore());
    const exhibit = loadCompetition(db).tracks[0]!;
    const content = exhibit.segments[0]!.criteria[0]!;
    const edited = {
      ...exhibit,
      segments: [
        {
          ...exhibit.segments[0]!,
          criteria: [
            { ...content, name: { zh: '科学性', en: 'Science' }, max: 3400 },
            ...exhibit.segments[0]!.criteria.slice(1),
          ],
        },
        ...exhibit.segments.slice(1),
      ],
    };
    saveTrack(db, 'exhibit', edited);
    expect(loadCompetition(db).tracks[0]).toEqual(edited);

    const broken = {
      ...edited,
      segments: [{ ...edited.segments[0]!, criteria: [{ ...content, step: 5000 }] }],
    };
    const error = failure(() => saveTrack(db, 'exhibit', broken));
    expect(error.errors.map((e) => e.code)).toContain('rubric.stepAboveMax');
    expect(loadCompetition(db).tracks[0]).toEqual(edited);
    db.close();
  });

  it('refuses to drop a group that still has entries, or a track that still has entries', () => {
    const db = openStore(newStore());
    saveEntry(db, { ...entry('V01', '志愿者甲'), group: 'volunteer' });
    const exhibit = loadCompetition(db).tracks[0]!;
    const withoutVolunteers = {
      ...exhibit,
      groups: exhibit.groups.filter((g) => g.code !== 'volunteer'),
    };
    expect(failure(() => saveTrack(db, 'exhibit', withoutVolunteers)).errors[0]?.code).toBe(
      'track.groupHasEntries',
    );
    expect(failure(() => removeTrack(db, 'exhibit')).errors[0]?.code).toBe('track.hasEntries');
    expect(loadCompetition(db).tracks[0]).toEqual(exhibit);
    db.close();
  });

  it('refuses a second track that takes another track’s name or alias', () => {
    const db = openStore(newStore());
    const before = loadCompetition(db).tracks;
    // 科学表演 is an alias of the drama track: imports could not tell the two apart.
    const error = failure(() => addTrack(db, { zh: '科学表演', en: 'Science show (2019 rules)' }));
    expect(error.errors[0]).toMatchObject({
      code: 'rubric.nameTaken',
      params: { name: '科学表演' },
    });
    expect(loadCompetition(db).tracks).toEqual(before);
    db.close();
  });

  it('adds a blank track under a fresh code, and removes an empty one', () => {
    const db = openStore(newStore());
    const track = addTrack(db, { zh: '科学影像', en: 'Science video' });
    expect(loadCompetition(db).tracks.map((t) => t.code)).toContain(track.code);
    removeTrack(db, track.code);
    expect(loadCompetition(db).tracks.map((t) => t.code)).not.toContain(track.code);
    db.close();
  });

  it('records judges on panels, and refuses an unknown track without writing the judge', () => {
    const db = openStore(newStore());
    const judge = saveJudge(db, {
      name: '陈评委',
      organization: '中国科学技术馆',
      region: '北京',
      tracks: ['exhibit', 'drama'],
    });
    expect(judge.tracks).toEqual(['exhibit', 'drama']);
    const error = failure(() =>
      saveJudge(db, { name: '错评委', organization: '', region: '', tracks: ['nope'] }),
    );
    expect(error.errors[0]?.code).toBe('judge.unknownTrack');
    expect(db.prepare('SELECT COUNT(*) AS n FROM judges').get()).toEqual({ n: 1 });
    db.close();
  });

  it('audits roster changes with before and after', () => {
    const db = openStore(newStore());
    const saved = saveEntry(db, entry('001', '张三'));
    saveEntry(db, { ...entry('001', '张三丰'), id: saved.id });
    removeEntry(db, saved.id);
    const audit = readAudit(db).filter((a) => a.subject === `entry:${saved.id}`);
    expect(audit.map((a) => a.action)).toEqual(['entry.remove', 'entry.save', 'entry.save']);
    expect(audit[1]?.before).toMatchObject({ name: '张三' });
    expect(audit[1]?.after).toMatchObject({ name: '张三丰' });
    db.close();
  });
});
