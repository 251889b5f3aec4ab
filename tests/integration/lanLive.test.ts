import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../electron/host/server';
import { type Backend, createBackend } from '../../electron/ipc/backend';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { confSettings } from '../../electron/services/settings';
import { readJudges } from '../../electron/store/judgesTable';
import type { LanStatus, PairingCodeView } from '../../shared/api/lan';
import { HallDevice } from '../helpers/hallDevice';
import { readLiveFeed } from '../helpers/liveFeed';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// The head table's side: 现场联网评分 opened through the organizer's own calls, and the live feed
// on the loopback host that tells its screens of each merged mark without a reload.

const tempDir = tempDirsForEachTest();
let running: { backend: Backend; host: Host; devices: HallDevice[] } | null = null;
afterEach(async () => {
  if (!running) return;
  for (const d of running.devices) d.close();
  await running.backend.hall.close();
  await running.host.close();
  running.backend.session.close();
  running = null;
});

async function headTable() {
  const dir = tempDir();
  const path = join(dir, 'hall.scoredesk');
  const db = createCompetitionStore(path, sampleInfo, 'counselor');
  fillDemo(db, { seed: 4, entriesPerTrack: 4, judgesPerTrack: 3, blankShare: 1 });
  const judges = readJudges(db).filter((j) => j.tracks.length > 0);
  db.close();
  const backend = createBackend({
    dataDir: dir,
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });
  const host = await startHost({
    dispatch: backend.dispatch,
    staticDir: join(dir, 'no-renderer'),
    liveFeed: backend.liveFeed,
  });
  running = { backend, host, devices: [] };
  const call = async <T>(name: string, payload: unknown): Promise<T> => {
    const answer = await backend.dispatch(name, payload);
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    return answer.value as T;
  };
  return { backend, host, path, judges, call, token: new URL(host.url).searchParams.get('token')! };
}

const listen = (host: Host, token: string) => readLiveFeed(`http://127.0.0.1:${host.port}`, token);

describe('live scoring at the head table', () => {
  it('opens the hall through the organizer’s calls, and its screens hear each merged mark at once', async () => {
    const { backend, host, path, judges, call, token } = await headTable();
    // No competition open: the feed is not the organizer's yet.
    expect((await listen(host, token)).status).toBe(403);
    await call('competitions.open', { path });
    expect((await listen(host, 'wrong-token-wrong-token-wrong-tok')).status).toBe(401);
    const feed = await listen(host, token);
    expect(feed.status).toBe(200);

    const status = await call<LanStatus>('lan.open', { address: '127.0.0.1', https: false });
    expect(status).toMatchObject({ open: true, https: false, certificate: null });
    expect(await call<LanStatus>('lan.status', {})).toEqual(status);
    const [code] = await call<PairingCodeView[]>('lan.issueCodes', { judgeIds: [judges[0]!.id] });
    const tablet = new HallDevice(status.origin!, '平板');
    running!.devices.push(tablet);
    await tablet.pair(code!.code);
    await feed.until((e) => e.some((x) => x.type === 'devices' && x.change === 'paired'));
    await tablet.loadSheet();
    const cell = tablet.cells()[0]!;
    tablet.setMark(cell, cell.step);
    const pushed = await tablet.push();
    const fileHash = pushed.body.ok ? (pushed.body.value as { fileHash: string }).fileHash : '';
    await feed.until((e) => e.some((x) => x.type === 'marks'));
    expect(feed.events.find((e) => e.type === 'marks')).toMatchObject({
      judgeId: judges[0]!.id,
      applied: 1,
      fileHash,
      entryIds: [cell.entryId],
      tracks: [cell.track],
    });
    const seqs = feed.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    expect(await call('lan.devices', {})).toEqual([
      expect.objectContaining({ judge: judges[0]!.name, name: '平板', marksReceived: 1 }),
    ]);
    await call('lan.close', {});
    await feed.until((e) => e.some((x) => x.type === 'hall' && !x.open));
    feed.stop();
    expect(backend.hall.status().open).toBe(false);
  });

  it('refuses every interface unless asked, and an address that is not this computer’s', async () => {
    const { path, call, backend } = await headTable();
    await call('competitions.open', { path });
    const refused = await backend.dispatch('lan.open', { address: '0.0.0.0', https: false });
    expect(refused).toEqual({ ok: false, errors: [{ code: 'lan.everyInterfaceNotAsked' }] });
    const elsewhere = await backend.dispatch('lan.open', { address: '192.0.2.77', https: false });
    expect(elsewhere).toMatchObject({ ok: false, errors: [{ code: 'lan.addressNotHere' }] });
    expect(backend.hall.status().open).toBe(false);
  });
});
