import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { confSettings } from '../../electron/services/settings';
import { organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

/** The app as it starts on the judge's laptop: the same data and settings folders each time. */
const start = (dir: string) =>
  createBackend({
    dataDir: join(dir, 'data'),
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });

// A judge's laptop restarted mid-session (battery, a crash, a lid closed) must come back on the
// sheet: a judge who lands on the organizer's home screen may create a competition by mistake.
describe('judge mode survives a restart', () => {
  it('opens straight on the judge’s sheet after a restart', async () => {
    const { db, judges } = organizerStore(tempDir());
    const content = exportJudgeFile(db, judges[0]!.id).content;
    const dir = tempDir();
    const first = start(dir);
    await first.dispatch('judgeFiles.open', { file: { name: 'x.scoredesk-judge', content } });
    first.session.close();

    const again = start(dir);
    expect(await again.dispatch('competitions.current', {})).toMatchObject({
      ok: true,
      value: { role: 'judge' },
    });
    expect(await again.dispatch('sheet.get', {})).toMatchObject({
      ok: true,
      value: { judge: { name: '评委1' } },
    });
    expect(await again.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { role: 'judge' },
    });
    again.session.close();
  });

  it('starts on the home screen once the judge closed the sheet', async () => {
    const { db, judges } = organizerStore(tempDir());
    const content = exportJudgeFile(db, judges[0]!.id).content;
    const dir = tempDir();
    const first = start(dir);
    await first.dispatch('judgeFiles.open', { file: { name: 'x.scoredesk-judge', content } });
    await first.dispatch('competitions.close', {});

    const again = start(dir);
    expect(await again.dispatch('competitions.current', {})).toEqual({ ok: true, value: null });
    again.session.close();
  });
});
