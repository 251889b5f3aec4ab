import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { changeCompetitionInfo } from '../../electron/services/competitionInfoService';
import { exportJudgeFile, judgeFilesStatus } from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { exportScoreFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import { readSheet } from '../../electron/services/sheetService';
import { readAudit } from '../../electron/store/auditTable';
import { readCompetition } from '../../electron/store/competitionTable';
import { openStore } from '../../electron/store/database';
import { peekStore } from '../../electron/store/storePeek';
import { judgeLaptop, organizerStore } from '../helpers/judgingFixture';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

/** The app on the head table's laptop: its data folder and settings, as the home screen sees. */
function headTable() {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const backend = createBackend({
    dataDir,
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });
  const call = async (name: string, input: unknown) => backend.dispatch(name, input);
  return { dataDir, backend, call };
}

const codes = (response: { ok: boolean; errors?: Array<{ code: string }> }) =>
  response.ok ? [] : response.errors!.map((e) => e.code);

describe('one competition, one file', () => {
  it('refuses a second competition of the same name and edition, saying where the first is', async () => {
    const { call, backend } = headTable();
    const first = await call('competitions.create', { info: sampleInfo, template: 'counselor' });
    expect(first.ok).toBe(true);
    const path = (first as { value: { path: string } }).value.path;
    await call('competitions.close', {});

    // Typed again with a full-width bracket and a stray space: the same competition.
    const again = await call('competitions.create', {
      info: { ...sampleInfo, name: ` ${sampleInfo.name.replace('（', '(')}` },
      template: 'counselor',
    });
    expect(again).toMatchObject({
      ok: false,
      errors: [{ code: 'competition.twin', params: { path, edition: '第九届' } }],
    });
    // Nothing was made: the data folder still holds the one file.
    const list = await call('competitions.list', {});
    expect((list as { value: { inDataDir: unknown[] } }).value.inDataDir).toHaveLength(1);

    // Next year's edition of the same event is another competition.
    const next = await call('competitions.create', {
      info: { ...sampleInfo, edition: '第十届' },
      template: 'counselor',
    });
    expect(next.ok).toBe(true);
    backend.session.close();
  });

  it('tells an archived twin apart, and changing the edition into a twin is refused too', async () => {
    const { call, backend } = headTable();
    const first = (await call('competitions.create', {
      info: sampleInfo,
      template: 'counselor',
    })) as { value: { path: string } };
    await call('competitions.close', {});
    await call('competitions.archive', { path: first.value.path });
    expect(
      codes(await call('competitions.create', { info: sampleInfo, template: 'blank' })),
    ).toEqual(['competition.twinArchived']);

    await call('competitions.create', {
      info: { ...sampleInfo, edition: '第十届' },
      template: 'blank',
    });
    expect(codes(await call('competitions.updateInfo', { info: sampleInfo }))).toEqual([
      'competition.twinArchived',
    ]);
    backend.session.close();
  });
});

describe('renaming a competition', () => {
  it('renames it in its file, audited; the file keeps its name and the lists show the new one', async () => {
    const { call, backend } = headTable();
    const created = (await call('competitions.create', {
      info: sampleInfo,
      template: 'counselor',
    })) as { value: { path: string } };
    const { path } = created.value;
    await call('competitions.close', {});

    const renamed = await call('competitions.rename', {
      path,
      name: '2026年浙江省科技馆辅导员大赛',
    });
    expect(renamed).toMatchObject({
      ok: true,
      value: { path, name: '2026年浙江省科技馆辅导员大赛', edition: '第九届', issuedJudgeFiles: 0 },
    });
    const list = (await call('competitions.list', {})) as {
      value: { recent: Array<{ path: string; name: string; venue?: string }> };
    };
    expect(list.value.recent).toMatchObject([
      { path, name: '2026年浙江省科技馆辅导员大赛', venue: '测试科技馆' },
    ]);

    const db = openStore(path);
    expect(readCompetition(db).name).toBe('2026年浙江省科技馆辅导员大赛');
    expect(readAudit(db).filter((a) => a.action === 'competition.info')).toMatchObject([
      {
        actor: 'organizer',
        before: { name: sampleInfo.name },
        after: { name: '2026年浙江省科技馆辅导员大赛' },
      },
    ]);
    db.close();
    backend.session.close();
  });

  it('refuses a name another competition of the edition has, and a judge’s own copy', async () => {
    const { call, backend, dataDir } = headTable();
    const a = (await call('competitions.create', { info: sampleInfo, template: 'blank' })) as {
      value: { path: string };
    };
    const b = (await call('competitions.create', {
      info: { ...sampleInfo, name: '演练赛' },
      template: 'blank',
    })) as { value: { path: string } };
    expect(
      codes(await call('competitions.rename', { path: b.value.path, name: sampleInfo.name })),
    ).toEqual(['competition.twin']);
    // The one open in this window is renamed through its open connection.
    expect(
      (await call('competitions.rename', { path: b.value.path, name: '演练赛（上午）' })).ok,
    ).toBe(true);
    expect(a.value.path).not.toBe(b.value.path);

    const organizer = organizerStore(tempDir());
    const judgeCopy = judgeLaptop(organizer.db, organizer.judges[0]!.id, dataDir);
    judgeCopy.db.close();
    expect(
      codes(await call('competitions.rename', { path: judgeCopy.path, name: '别的名字' })),
    ).toEqual(['competition.judgeCopy']);
    expect(codes(await call('competitions.archive', { path: judgeCopy.path }))).toEqual([
      'competition.judgeCopy',
    ]);
    backend.session.close();
  });

  it('leaves issued judge files good, shows them stale for the rename, and a new one renames the judge’s sheet', async () => {
    const { call, backend, dataDir } = headTable();
    mkdirSync(dataDir, { recursive: true });
    const organizer = organizerStore(dataDir);
    const [judge] = organizer.judges;
    const laptop = judgeLaptop(organizer.db, judge!.id, tempDir());
    const path = join(dataDir, 'organizer.scoredesk');
    expect(judgeFilesStatus(organizer.db)[0]).toMatchObject({ status: 'current', changed: [] });

    const renamed = await call('competitions.rename', {
      path,
      name: '2026年浙江省科技馆辅导员大赛',
    });
    expect(renamed).toMatchObject({ ok: true, value: { issuedJudgeFiles: 1 } });

    // Stale for the rename alone: not read as a change of roster.
    expect(judgeFilesStatus(organizer.db)[0]).toMatchObject({
      status: 'stale',
      changed: ['competition'],
    });
    // The score file of the sheet opened from the old judge file still merges.
    const summary = mergeScoreFiles(organizer.db, [
      { name: 'j1.scoredesk-scores', content: exportScoreFile(laptop.db).content },
    ]);
    expect(summary.map((s) => s.status)).toEqual(['applied']);

    // A new judge file opens into the judge's sheet under the new name, marks kept.
    const marks = readSheet(laptop.db).entries.length;
    const again = exportJudgeFile(organizer.db, judge!.id).content;
    const judgeApp = createBackend({
      dataDir: join(laptop.path, '..'),
      settings: confSettings(join(tempDir(), 'config')),
      shell: 'browser',
      version: 'test',
    });
    laptop.db.close();
    expect(
      (
        await judgeApp.dispatch('judgeFiles.open', {
          file: { name: 'x.scoredesk-judge', content: again },
        })
      ).ok,
    ).toBe(true);
    expect(peekStore(laptop.path)?.name).toBe('2026年浙江省科技馆辅导员大赛');
    expect(readSheet(judgeApp.session.db()).entries).toHaveLength(marks);
    expect(judgeFilesStatus(organizer.db)[0]).toMatchObject({ status: 'current' });
    judgeApp.session.close();
    organizer.db.close();
    backend.session.close();
  });

  it('names both a rename and a roster change when both happened since the last file', () => {
    const organizer = organizerStore(tempDir());
    const [judge] = organizer.judges;
    exportJudgeFile(organizer.db, judge!.id);
    changeCompetitionInfo(organizer.db, { ...sampleInfo, name: '又改过的名字' });
    organizer.db.prepare("UPDATE entries SET name = '改名队' WHERE no = 'D01'").run();
    expect(judgeFilesStatus(organizer.db)[0]?.changed).toEqual(['competition', 'entries']);
    organizer.db.close();
  });
});

describe('archiving a competition', () => {
  it('takes it off the recent list and the data folder, keeps it under 已归档, and restores it', async () => {
    const { call, backend } = headTable();
    const kept = (await call('competitions.create', {
      info: { ...sampleInfo, edition: '第八届' },
      template: 'blank',
    })) as { value: { path: string } };
    const current = (await call('competitions.create', {
      info: sampleInfo,
      template: 'blank',
    })) as {
      value: { path: string };
    };
    await call('competitions.close', {});
    const before = statSync(kept.value.path).mtimeMs;

    expect((await call('competitions.archive', { path: kept.value.path })).ok).toBe(true);
    type Lists = {
      value: Record<'recent' | 'inDataDir' | 'archived', Array<{ path: string; edition?: string }>>;
    };
    let lists = (await call('competitions.list', {})) as Lists;
    expect(lists.value.recent.map((f) => f.path)).toEqual([current.value.path]);
    expect(lists.value.inDataDir.map((f) => f.path)).toEqual([current.value.path]);
    expect(lists.value.archived).toMatchObject([{ path: kept.value.path, edition: '第八届' }]);
    // Archiving is the list's business: the file is not touched.
    expect(statSync(kept.value.path).mtimeMs).toBe(before);

    // Opened to look something up, it stays archived.
    await call('competitions.open', { path: kept.value.path });
    await call('competitions.close', {});
    lists = (await call('competitions.list', {})) as Lists;
    expect(lists.value.archived.map((f) => f.path)).toEqual([kept.value.path]);
    expect(lists.value.recent.map((f) => f.path)).toEqual([current.value.path]);

    expect((await call('competitions.restore', { path: kept.value.path })).ok).toBe(true);
    lists = (await call('competitions.list', {})) as Lists;
    expect(lists.value.archived).toEqual([]);
    expect(lists.value.recent.map((f) => f.path)).toEqual([kept.value.path, current.value.path]);
    expect(lists.value.inDataDir).toHaveLength(2);
    backend.session.close();
  });
});
