import { mkdirSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFor } from '../../electron/lan/devicePush';
import { HallService } from '../../electron/lan/hallService';
import { issuePairingCodes } from '../../electron/lan/pairing';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { Session } from '../../electron/services/session';
import { readAudit } from '../../electron/store/auditTable';
import { readJudgeKeys } from '../../electron/store/judgeKeysTable';
import { readJudges } from '../../electron/store/judgesTable';
import { readLanCertificate } from '../../electron/store/lanCertificatesTable';
import { upsertManualRecusal } from '../../electron/store/recusalsTable';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import type { LiveEvent } from '../../shared/api/lanEvents';
import { judgeFileSignedBy } from '../../shared/lan/deviceScoreFile';
import { parsePairingLink } from '../../shared/lan/pairingLink';
import { hallCall } from '../helpers/hallClient';
import { HallDevice } from '../helpers/hallDevice';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// The hall network end to end on 127.0.0.1 with real sockets and a real store: what an unpaired
// device, a paired one, a revoked one and a second device of the same judge each get.

const tempDir = tempDirsForEachTest();
const open: Array<{ hall: HallService; session: Session; devices: HallDevice[] }> = [];
afterEach(async () => {
  for (const { hall, session, devices } of open.splice(0)) {
    for (const device of devices) device.close();
    await hall.close();
    session.close();
  }
});

async function openHall(https: boolean) {
  const dir = tempDir();
  const path = join(dir, 'hall.scoredesk');
  const db = createCompetitionStore(path, sampleInfo, 'counselor');
  fillDemo(db, { seed: 3, entriesPerTrack: 6, judgesPerTrack: 5, blankShare: 1 });
  db.close();
  const session = new Session(dir);
  session.open(path);
  // A built renderer: the organizer's app and the judges' page.
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<title>organizer app</title>');
  writeFileSync(join(dir, 'renderer', 'judge.html'), '<title>judges page</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'judge.js'), 'console.log(1)');
  const hall = new HallService(session, { staticDir: join(dir, 'renderer') });
  const status = await hall.open({ address: '127.0.0.1', port: 0, https, everyInterface: false });
  const ca = https ? readLanCertificate(session.db(), '127.0.0.1')!.certPem : undefined;
  const devices: HallDevice[] = [];
  const device = (name: string) => {
    const made = new HallDevice(status.origin!, name, ca);
    devices.push(made);
    return made;
  };
  open.push({ hall, session, devices });
  const judges = readJudges(session.db()).filter((j) => j.tracks.length > 0);
  return { session, hall, status, ca, device, judges, db: () => session.db() };
}

describe('the hall network', () => {
  it('serves HTTPS with the certificate whose fingerprint the head table shows, and keeps it', async () => {
    const { hall, status, device, judges, session } = await openHall(true);
    expect(status.https).toBe(true);
    expect(status.certificate).toMatch(/^[0-9a-f]{64}$/);
    const [code] = hall.issueCodes({ judgeIds: [judges[0]!.id], validMinutes: 10 });
    // The QR code's link names the address, the code and the certificate.
    expect(parsePairingLink(code!.link)).toEqual({
      origin: status.origin,
      code: code!.code,
      certificate: status.certificate,
    });
    const answer = await device('iPad').pair(code!.code);
    expect(answer.status).toBe(200);
    expect(answer.certificate).toBe(status.certificate);
    // Opened again on the same address: the same certificate, the devices need not compare anew.
    await hall.close();
    const again = await hall.open({
      address: '127.0.0.1',
      port: 0,
      https: true,
      everyInterface: false,
    });
    expect(again.certificate).toBe(status.certificate);
    expect(session.path).not.toBeNull();
  });

  it('gives an unpaired device nothing, and never serves an organizer call', async () => {
    const { hall, status, device, judges } = await openHall(false);
    const origin = status.origin!;
    // The judges' page and its assets; nothing else of the build (the organizer's screens).
    const page = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });
    expect(await (await page('/judge')).text()).toBe('<title>judges page</title>');
    expect(await (await page('/assets/judge.js')).text()).toBe('console.log(1)');
    expect((await page('/')).headers.get('location')).toBe('/judge');
    for (const path of ['/index.html', '/setup', '/assets/../index.html', '/judge.html']) {
      expect((await page(path)).status, path).toBe(404);
    }
    // A name that is not the hall address (DNS rebinding), or another port, gets nothing.
    const addressedTo = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpGet(`${origin}/judge`, { headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
    expect(await addressedTo(`evil.example:${status.port}`)).toBe(403);
    expect(await addressedTo(`127.0.0.1:${status.port! + 1}`)).toBe(403);
    expect(await addressedTo(`127.0.0.1:${status.port}`)).toBe(200);
    const sheet = await hallCall(origin, 'device.sheet', {});
    expect(sheet.status).toBe(401);
    expect(JSON.stringify(sheet.body)).not.toContain(judges[0]!.name);
    expect(sheet.body).toEqual({ ok: false, errors: [{ code: 'lan.notPaired' }] });
    const forged = await hallCall(
      origin,
      'device.sheet',
      {},
      'not-a-token-of-this-hall-000000000000',
    );
    expect(forged.body).toEqual({ ok: false, errors: [{ code: 'lan.notPaired' }] });

    // The organizer's calls do not exist on this side, with or without a device's token.
    for (const name of [
      'entries.list',
      'judges.list',
      'lan.devices',
      'lan.issueCodes',
      'results.get',
    ]) {
      const refused = await hallCall(origin, name, {});
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        ok: false,
        errors: [{ code: 'lan.notHallCall', params: { name } }],
      });
    }
    const [code] = hall.issueCodes({ judgeIds: [judges[0]!.id], validMinutes: 10 });
    const phone = device('手机');
    await phone.pair(code!.code);
    const asDevice = await phone.call('judges.list', {});
    expect(asDevice.status).toBe(403);
    expect(JSON.stringify(asDevice.body)).not.toContain(judges[1]!.name);
  });

  it('pairs with a one-time code, gives only that judge’s sheet, and merges its signed marks exactly once', async () => {
    const { hall, device, judges, db } = await openHall(false);
    const judge = judges[0]!;
    const [code] = hall.issueCodes({ judgeIds: [judge.id], validMinutes: 10 });
    const tablet = device('张老师的平板');
    const paired = await tablet.pair(code!.code.toLowerCase().replace('-', ' '));
    expect(paired.body).toMatchObject({
      ok: true,
      value: { judge: { id: judge.id }, takeover: false },
    });
    // Single use: a sniffed code cannot be replayed.
    const replay = await device('另一台').pair(code!.code);
    expect(replay.body).toEqual({ ok: false, errors: [{ code: 'lan.codeUsed' }] });
    // The device's key is now the judge's accepted key.
    expect(readJudgeKeys(db(), judge.id).map((k) => [k.publicKey, k.state])).toEqual([
      [tablet.key.publicKey, 'accepted'],
    ]);

    const sheet = await tablet.loadSheet();
    expect(sheet.judgeFile.judge.id).toBe(judge.id);
    expect(judgeFileSignedBy(sheet.judgeFile, sheet.judgeFile.competition.publicKey)).toBe(true);
    expect(new Set(sheet.judgeFile.tracks.map((t) => t.code))).toEqual(new Set(judge.tracks));
    expect(JSON.stringify(sheet)).not.toContain(
      judges.find((j) => j.tracks[0] !== judge.tracks[0])!.name,
    );

    const heard: LiveEvent[] = [];
    hall.events.subscribe((event) => heard.push(event));
    const cells = tablet.cells().slice(0, 6);
    for (const cell of cells) tablet.setMark(cell, cell.step * 2);
    const document = tablet.document();
    const first = await tablet.push(document, 0);
    expect(first.body).toMatchObject({ ok: true, value: { applied: 6, conflicts: 0 } });
    const stored = readJudgeCells(db(), judge.id);
    expect(stored.map((c) => [c.entryId, c.criterion, c.value, c.revision])).toEqual(
      cells.map((c) => [c.entryId, c.criterion, c.step * 2, 1]),
    );
    const receipt = first.body.ok ? first.body.value : null;
    expect(heard.filter((e) => e.type === 'marks')).toEqual([
      expect.objectContaining({
        type: 'marks',
        judgeId: judge.id,
        applied: 6,
        fileHash: receipt!.fileHash,
      }),
    ]);

    // The same document again, and an older one after a newer: nothing changes.
    expect((await tablet.push(document)).body).toMatchObject({
      ok: true,
      value: { applied: 0, unchanged: 6 },
    });
    tablet.setMark(cells[0]!, cells[0]!.step * 3);
    const newer = tablet.document();
    expect((await tablet.push(newer)).body).toMatchObject({ ok: true, value: { applied: 1 } });
    expect((await tablet.push(document)).body).toMatchObject({ ok: true, value: { applied: 0 } });
    expect(
      readJudgeCells(db(), judge.id).find(
        (c) => c.entryId === cells[0]!.entryId && c.criterion === cells[0]!.criterion,
      ),
    ).toMatchObject({ value: cells[0]!.step * 3, revision: 2 });
    expect(readJudgeCells(db(), judge.id)).toHaveLength(6);
    expect(hall.devices()).toEqual([
      expect.objectContaining({
        judgeId: judge.id,
        name: '张老师的平板',
        marksReceived: 7,
        unsent: 0,
      }),
    ]);
  });

  it('checks a pushed file as the score-file merge does: range, step, signature, whose', async () => {
    const { hall, device, judges, db } = await openHall(false);
    const judge = judges[0]!;
    const [code] = hall.issueCodes({ judgeIds: [judge.id], validMinutes: 10 });
    const tablet = device('平板');
    await tablet.pair(code!.code);
    await tablet.loadSheet();
    const [cell, other] = tablet.cells();
    tablet.setMark(other!, other!.step);
    tablet.setMark(cell!, cell!.max + cell!.step);
    const tooHigh = await tablet.push();
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body).toMatchObject({ ok: false, errors: [{ code: 'merge.outOfRange' }] });
    tablet.setMark(cell!, cell!.step + 1);
    expect((await tablet.push()).body).toMatchObject({
      ok: false,
      errors: [{ code: 'merge.outOfRange' }],
    });
    // All or nothing: the good mark of those files is not in the store either.
    expect(readJudgeCells(db(), judge.id)).toEqual([]);

    tablet.setMark(cell!, cell!.step);
    const changed = tablet.document().replace(`"value":${cell!.step}`, `"value":${cell!.step * 2}`);
    expect((await tablet.push(changed)).body).toMatchObject({
      ok: false,
      errors: [{ code: 'merge.badSignature' }],
    });
    // A document of another judge, or signed with another key, is not this device's to send.
    const stranger = new HallDevice(tablet.origin, 'x');
    stranger.judgeFile = tablet.judgeFile;
    stranger.setMark(cell!, cell!.step);
    expect((await tablet.push(stranger.document())).body).toMatchObject({
      ok: false,
      errors: [{ code: 'lan.notThisDevicesFile' }],
    });
    stranger.close();
    expect(readJudgeCells(db(), judge.id)).toEqual([]);
  });

  it('refuses a revoked device at once, and a second device without an explicit, logged takeover', async () => {
    const { hall, device, judges, db } = await openHall(false);
    const judge = judges[0]!;
    const [code] = hall.issueCodes({ judgeIds: [judge.id], validMinutes: 10 });
    const first = device('旧手机');
    await first.pair(code!.code);
    await first.loadSheet();
    const [cell] = first.cells();
    first.setMark(cell!, cell!.step);
    expect((await first.push()).body).toMatchObject({ ok: true, value: { applied: 1 } });

    const [second] = hall.issueCodes({ judgeIds: [judge.id], validMinutes: 10 });
    const newPhone = device('新手机');
    expect((await newPhone.pair(second!.code)).body).toMatchObject({
      ok: false,
      errors: [{ code: 'lan.judgeHasWriter', params: { judge: judge.name, device: '旧手机' } }],
    });

    const [takeover] = hall.issueCodes({
      judgeIds: [judge.id],
      validMinutes: 10,
      takeoverReason: '旧手机没电',
    });
    expect((await newPhone.pair(takeover!.code)).body).toMatchObject({
      ok: true,
      value: { takeover: true },
    });
    // The old phone is told its judge moved to another device, not that it was switched off.
    expect((await first.call('device.hello', {})).body).toEqual({
      ok: false,
      errors: [{ code: 'lan.deviceReplaced' }],
    });
    expect(readAudit(db()).find((a) => a.action === 'lan.takeover')).toMatchObject({
      reason: '旧手机没电',
    });
    // The new device continues from the head table's marks, under the judge's new key epoch.
    const sheet = await newPhone.loadSheet();
    expect(sheet.judgeFile.judge.keyEpoch).toBe(2);
    expect(sheet.marks).toEqual([expect.objectContaining({ entryId: cell!.entryId, revision: 1 })]);
    newPhone.setMark(cell!, cell!.step * 2);
    expect((await newPhone.push()).body).toMatchObject({ ok: true, value: { applied: 1 } });

    const deviceId = hall.devices().find((d) => d.revokedAt === null)!.id;
    hall.revoke(deviceId, '设备遗失');
    expect((await newPhone.push()).body).toEqual({
      ok: false,
      errors: [{ code: 'lan.deviceRevoked' }],
    });
    expect(hall.devices().every((d) => d.revokedAt !== null)).toBe(true);
  });

  it('refuses expired codes and holds back a device guessing codes', async () => {
    const { hall, device, judges, db, status } = await openHall(false);
    const [old] = issuePairingCodes(
      db(),
      { judgeIds: [judges[1]!.id], validMinutes: 5 },
      { origin: status.origin!, certificate: null },
      new Date(Date.now() - 6 * 60_000),
    );
    const phone = device('手机');
    expect((await phone.pair(old!.code)).body).toEqual({
      ok: false,
      errors: [{ code: 'lan.codeExpired' }],
    });
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await phone.pair('ABCD-EFGH'));
    // Ten a minute from one device (the expired code was the first).
    expect(answers.slice(0, 9).every((a) => a.status === 422)).toBe(true);
    expect(answers[9]!.status).toBe(429);
    expect(answers[9]!.body).toMatchObject({
      ok: false,
      errors: [{ code: 'lan.pairingRateLimited' }],
    });
    // Even the right code waits out the limit.
    const [good] = hall.issueCodes({ judgeIds: [judges[1]!.id], validMinutes: 5 });
    expect((await phone.pair(good!.code)).status).toBe(429);
  });

  it('keeps what the checks read across heartbeats, and reads it again when the roster moves', async () => {
    const { hall, device, judges, db } = await openHall(false);
    const judge = judges[0]!;
    const [code] = hall.issueCodes({ judgeIds: [judge.id], validMinutes: 10 });
    const tablet = device('张老师的平板');
    await tablet.pair(code!.code);
    await tablet.loadSheet();
    const [first, second] = tablet.cells();
    tablet.setMark(first!, first!.step);
    expect((await tablet.push(tablet.document(), 0)).body).toMatchObject({ ok: true });
    const checks = contextFor(db()).context;
    // A heartbeat with another unsent count writes the device's row: nothing the checks read.
    expect((await tablet.call('device.hello', { unsent: 3 })).body).toMatchObject({ ok: true });
    expect(hall.devices()[0]).toMatchObject({ unsent: 3 });
    tablet.setMark(second!, second!.step);
    expect((await tablet.push(tablet.document(), 0)).body).toMatchObject({ ok: true });
    expect(contextFor(db()).context).toBe(checks);
    // The organizer recuses the judge from an entry: the next push is checked against that.
    upsertManualRecusal(db(), judge.id, first!.entryId, '曾指导该选手');
    tablet.setMark(first!, first!.step * 2);
    const refused = await tablet.push(tablet.document(), 0);
    expect(refused.body).toMatchObject({ ok: false });
    expect(contextFor(db()).context).not.toBe(checks);
  });
});
