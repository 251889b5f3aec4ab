import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { mergeScoreFiles } from '../../electron/services/mergeService';
import { saveJudge } from '../../electron/services/rosterService';
import { exportScoreFile, verifyFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import { readSheet, setSheetScore } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { criteria, organizerStore, refusedCode, TRACK } from '../helpers/judgingFixture';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

describe('the judge’s side', () => {
  it('checks marks on the sheet: scale, criterion, entry, store', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const laptop = openStore(openJudgeFile(tempDir(), exportJudgeFile(db, judges[4]!.id).content));
    const c = criteria(db)[0]!;
    const set = (entryId: number, criterion: string, value: number | null) => () =>
      setSheetScore(laptop, { entryId, criterion, value });
    expect(refusedCode(set(entries[0]!.id, c.code, c.max + c.step))).toBe('sheet.outOfRange');
    if (c.step > 1)
      expect(refusedCode(set(entries[0]!.id, c.code, c.step + 1))).toBe('sheet.outOfRange');
    expect(refusedCode(set(entries[0]!.id, 'no-such', 100))).toBe('sheet.notJudged');
    // Judge 5 is recused from D04: the row is on the sheet, and takes no mark.
    expect(refusedCode(set(entries[3]!.id, c.code, 0))).toBe('sheet.recused');
    expect(refusedCode(set(9999, c.code, 0))).toBe('sheet.unknownEntry');
    expect(refusedCode(() => readSheet(db))).toBe('sheet.notJudgeStore');
    expect(refusedCode(() => exportScoreFile(db))).toBe('sheet.notJudgeStore');
    expect(refusedCode(() => mergeScoreFiles(laptop, []))).toBe('merge.notOrganizerStore');
    // Zero is a mark; clearing is not; the same value again is no new revision.
    expect(set(entries[0]!.id, c.code, 0)()).toEqual({ revision: 1 });
    expect(set(entries[0]!.id, c.code, 0)()).toEqual({ revision: 1 });
    expect(readSheet(laptop).scores).toEqual([
      { entryId: entries[0]!.id, criterion: c.code, value: 0, revision: 1 },
    ]);
    expect(set(entries[0]!.id, c.code, null)()).toEqual({ revision: 2 });
    expect(readSheet(laptop).scores).toEqual([]);
    expect(set(entries[1]!.id, c.code, null)()).toEqual({ revision: 0 });
  });

  it('refuses a judge without a panel, and a damaged judge file without leaving a store behind', () => {
    const { db, judges } = organizerStore(tempDir());
    const idle = saveJudge(db, { name: '闲评委', organization: '', region: '', tracks: [] });
    expect(refusedCode(() => exportJudgeFile(db, idle.id))).toBe('judgeFile.noPanel');
    expect(refusedCode(() => exportJudgeFile(db, 999))).toBe('judge.notFound');
    const content = exportJudgeFile(db, judges[0]!.id).content;
    expect(verifyFile(content)).toMatchObject({ kind: 'judge', signatureOk: true, problem: null });
    const dir = tempDir();
    const damaged = content.replace('"name":"评委1"', '"name":"评委7"');
    expect(refusedCode(() => openJudgeFile(dir, damaged))).toBe('judgeFile.badSignature');
    expect(
      refusedCode(() => openJudgeFile(dir, content.replace('"version":2', '"version":9'))),
    ).toBe('judgeFile.newerVersion');
    expect(refusedCode(() => openJudgeFile(dir, '{}'))).toBe('judgeFile.wrongFormat');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('opens the store made before when the same judge’s file is opened again', () => {
    const { db, judges, entries } = organizerStore(tempDir());
    const dir = tempDir();
    const path = openJudgeFile(dir, exportJudgeFile(db, judges[0]!.id).content);
    const laptop = openStore(path);
    const c = criteria(db)[0]!;
    setSheetScore(laptop, { entryId: entries[0]!.id, criterion: c.code, value: c.max });
    laptop.close();
    // Re-issued after the draw: same judge, rubric and entries, a new performance order.
    db.prepare('UPDATE entries SET draw_order = 5 - id').run();
    expect(openJudgeFile(dir, exportJudgeFile(db, judges[0]!.id).content)).toBe(path);
    const again = openStore(path);
    const sheet = readSheet(again);
    expect(sheet.scores).toHaveLength(1);
    expect(sheet.entries.map((e) => e.no)).toEqual(['D04', 'D03', 'D02', 'D01']);
    again.close();
    // Another judge's file on the same laptop is a store of its own.
    expect(openJudgeFile(dir, exportJudgeFile(db, judges[1]!.id).content)).not.toBe(path);
    expect(readdirSync(dir).filter((name) => name.endsWith('.scoredesk'))).toHaveLength(2);
  });

  it('opens a judge file through the API and becomes the judge’s sheet', async () => {
    const { db, judges } = organizerStore(tempDir());
    const content = exportJudgeFile(db, judges[0]!.id).content;
    const dir = tempDir();
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      settings: confSettings(join(dir, 'config')),
      shell: 'browser',
      version: 'test',
    });
    const opened = await backend.dispatch('judgeFiles.open', {
      file: { name: 'x.scoredesk-judge', content },
    });
    expect(opened.ok).toBe(true);
    const current = await backend.dispatch('competitions.current', {});
    expect(current).toMatchObject({
      ok: true,
      value: { role: 'judge', competition: { name: sampleInfo.name } },
    });
    const sheet = await backend.dispatch('sheet.get', {});
    expect(sheet).toMatchObject({ ok: true, value: { judge: { name: '评委1' }, track: TRACK } });
    const exported = await backend.dispatch('scoreFiles.export', {});
    expect(exported).toMatchObject({ ok: true });
    backend.session.close();
  });
});
