import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/ipc/backend';
import { exportJudgeFile } from '../../electron/services/judgeFileService';
import { verifyFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import type { CallName, CallOutput } from '../../shared/api/contract';
import { acceptKeyOf, organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

async function call<K extends CallName>(backend: Backend, name: K): Promise<CallOutput<K>> {
  const response = await backend.dispatch(name, {});
  if (!response.ok) throw new Error(JSON.stringify(response.errors));
  return response.value as CallOutput<K>;
}

// After 提交 and after 导出 the judge is told which file to hand to the scorekeeper and where it
// is: a browser's download folder is not something the app can name, so a copy is kept in a
// folder it can.
describe('the score file a judge hands over', () => {
  it('is kept, signed, in a named folder after submitting and after exporting', async () => {
    const { db, judges } = organizerStore(tempDir());
    const dir = tempDir();
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      settings: confSettings(join(dir, 'config')),
      shell: 'browser',
      version: 'test',
    });
    const content = exportJudgeFile(db, judges[0]!.id).content;
    await backend.dispatch('judgeFiles.open', { file: { name: 'x.scoredesk-judge', content } });

    const submitted = await call(backend, 'sheet.submit');
    expect(submitted.folder).toBe(join(dir, 'data', '评分文件'));
    expect(submitted.fileName).toMatch(/评委评委1 - .*\.scoredesk-scores$/);
    const kept = readFileSync(join(submitted.folder, submitted.fileName), 'utf8');
    // What the scorekeeper's check says of it, once the judge's key is accepted there.
    acceptKeyOf(db, backend.session.db());
    expect(verifyFile(kept, db)).toMatchObject({
      kind: 'score',
      submissions: 1,
      signatureOk: true,
      problem: null,
    });

    const exported = await call(backend, 'scoreFiles.export');
    expect(exported.folder).toBe(submitted.folder);
    expect(exported.fileName).not.toBe(submitted.fileName);
    expect(readFileSync(join(exported.folder, exported.fileName), 'utf8')).toBe(exported.content);
    backend.session.close();
  });
});
