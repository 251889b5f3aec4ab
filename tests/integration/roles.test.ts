import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { saveEntry } from '../../electron/services/rosterService';
import { confSettings } from '../../electron/services/settings';
import { asActor } from '../../electron/store/auditActor';
import { readAudit } from '../../electron/store/auditTable';
import { openStore } from '../../electron/store/database';
import { callNames } from '../../shared/api/contract';
import { callRoles } from '../../shared/api/roles';
import { organizerStore, TRACK } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

function backend() {
  const dir = tempDir();
  return createBackend({
    dataDir: join(dir, 'data'),
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });
}

const entry = {
  track: TRACK,
  group: 'main',
  no: 'D09',
  name: '伪造队',
  organization: '',
  region: '',
  title: '',
  status: 'competing' as const,
  members: [],
};

describe('roles enforced where the data is', () => {
  it('declares who may make every call of the contract', () => {
    expect(Object.keys(callRoles).sort()).toEqual([...callNames].sort());
  });

  it('refuses the organizer’s calls in a judge’s copy, whatever the screen shows', async () => {
    const { db, judges } = organizerStore(tempDir());
    const judgeFile = exportJudgeFile(db, judges[0]!.id);
    const { dispatch, session } = backend();
    const opened = await dispatch('judgeFiles.open', {
      file: { name: judgeFile.fileName, content: judgeFile.content },
    });
    expect(opened.ok).toBe(true);
    const before = session.db().prepare('SELECT COUNT(*) AS n FROM entries').get();
    expect((await dispatch('sheet.get', {})).ok).toBe(true);
    for (const [name, payload] of [
      ['entries.save', { entry }],
      ['tracks.add', { name: { zh: '伪造赛项', en: 'Forged' } }],
      ['results.lock', { track: TRACK, by: '评委1', reason: '' }],
      ['judgeFiles.export', { judgeId: judges[1]!.id }],
      ['results.get', { track: TRACK }],
      ['entries.list', { track: TRACK }],
    ] as const) {
      const refused = await dispatch(name, payload);
      expect(refused, name).toEqual({
        ok: false,
        errors: [
          {
            code: 'error.notAllowed',
            params: { holds: { zh: '评委的评分表', en: 'a judge’s scoring sheet' } },
          },
        ],
      });
    }
    expect(session.db().prepare('SELECT COUNT(*) AS n FROM entries').get()).toEqual(before);
  });

  it('refuses the judge’s calls in the organizer’s file', async () => {
    const { db } = organizerStore(tempDir());
    const path = db.name;
    db.close();
    const { dispatch } = backend();
    expect((await dispatch('competitions.open', { path })).ok).toBe(true);
    for (const name of ['sheet.get', 'sheet.submit', 'scoreFiles.export'] as const) {
      const refused = await dispatch(name, {});
      expect(refused.ok, name).toBe(false);
      expect(!refused.ok && refused.errors[0]!.code).toBe('error.notAllowed');
    }
    expect((await dispatch('entries.save', { entry })).ok).toBe(true);
    const store = openStore(path);
    expect(readAudit(store).find((a) => a.action === 'entry.save' && a.after)?.actor).toBe(
      'organizer',
    );
  });

  it('audits each change as its caller: the context, never a name fixed in the service', async () => {
    const { db } = organizerStore(tempDir());
    asActor('记分员 王芳', () => saveEntry(db, entry));
    const audited = (action: string) => readAudit(db).filter((a) => a.action === action);
    expect(audited('entry.save')[0]?.actor).toBe('记分员 王芳');
    db.close();

    // The command line names itself, for everything its commands change.
    const file = join(tempDir(), 'demo.scoredesk');
    const cli = await run(process.execPath, [bin, 'demo', file, '--entries', '3', '--judges', '3']);
    expect(cli.stderr).toBe('');
    const demo = openStore(file);
    const actors = new Set(readAudit(demo, 10_000).map((a) => a.actor));
    expect(actors).toEqual(new Set(['organizer (command line)']));
    demo.close();
  });
});
