import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/ipc/backend';
import { certificateSha256 } from '../../electron/lan/certificate';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { signedScoreFile } from '../../electron/services/scoreFileService';
import { confSettings } from '../../electron/services/settings';
import { setSheetScore } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { writeJudgeHall } from '../../electron/store/judgeHallTable';
import { readJudgeKeys } from '../../electron/store/judgeKeysTable';
import { readLanCertificate } from '../../electron/store/lanCertificatesTable';
import { readJudgeCells } from '../../electron/store/scoreCellsTable';
import type { LanStatus } from '../../shared/api/lan';
import type { LivePushState } from '../../shared/api/livePush';
import { parseJudgeFile } from '../../shared/formats/judgeFile';
import { hallCall } from '../helpers/hallClient';
import { criteria, organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

// A judge with the ScoreDesk app on a laptop, the head table's hall open on 127.0.0.1: the marks
// the judge types reach the organizer's store over real sockets, no file moved by hand; they
// wait on the laptop while the hall is closed or the certificate is not the pinned one.

const tempDir = tempDirsForEachTest();
const FAST = { debounceMs: 30, retryMs: 80, maxRetryMs: 250, timeoutMs: 2000 };
const running: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

type Answer<T> = { ok: true; value: T } | { ok: false; errors: unknown };

function backendIn(
  dir: string,
): Backend & { call: <T>(name: string, input: unknown) => Promise<T> } {
  const backend = createBackend({
    dataDir: join(dir, 'data'),
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
    livePushTiming: FAST,
  });
  running.push(async () => {
    backend.livePush.stop();
    await backend.hall.close();
    backend.session.close();
  });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const answer = (await backend.dispatch(name, input)) as Answer<T>;
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
    return answer.value;
  };
  return Object.assign(backend, { call });
}

/** Waits, bounded, for `check` to hold; fails with what it last saw. */
async function eventually<T>(read: () => T | Promise<T>, check: (value: T) => boolean, ms = 6000) {
  const until = Date.now() + ms;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > until) throw new Error(`still ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await read();
  }
  return last;
}

/** The head table (organizer's backend, its store open) and a judge's laptop (its own backend). */
async function headTableAndJudge(https: boolean) {
  const organizerDir = tempDir();
  const fixture = organizerStore(organizerDir);
  const judgeId = fixture.judges[0]!.id;
  const entries = fixture.entries;
  const marks = criteria(fixture.db);
  fixture.db.close();
  const head = backendIn(organizerDir);
  await head.call('competitions.open', { path: join(organizerDir, 'organizer.scoredesk') });
  const hall = await head.call<LanStatus>('lan.open', {
    address: '127.0.0.1',
    port: 0,
    https,
    everyInterface: false,
  });
  const judgeFile = await head.call<{ content: string }>('judgeFiles.export', { judgeId });
  const laptop = backendIn(tempDir());
  await laptop.call('judgeFiles.open', {
    file: { name: 'j.scoredesk-judge', content: judgeFile.content },
  });
  const state = () => laptop.call<LivePushState>('sheet.pushState', {});
  const headCells = () =>
    readJudgeCells(head.session.db(), judgeId).filter((c) => c.value !== null);
  const acceptLaptopKey = async () => {
    const { keyFingerprint } = await state();
    await head.call('judgeKeys.accept', { judgeId, fingerprint: keyFingerprint });
  };
  return {
    head,
    hall,
    judgeFile,
    laptop,
    judgeId,
    entries,
    marks,
    state,
    headCells,
    acceptLaptopKey,
  };
}

describe('a judge’s app pushing live to the hall', () => {
  it('over HTTPS: the marks typed arrive in the organizer’s store, the sheet says when', async () => {
    const t = await headTableAndJudge(true);
    // The judge file names the hall and its certificate, signed with the rest of it.
    const parsed = parseJudgeFile(t.judgeFile.content);
    expect(parsed.ok && parsed.file.hall).toEqual({
      origin: t.hall.origin,
      certificate: t.hall.certificate,
    });
    // The laptop's key is new to the head table: the push waits, listed for the head table.
    const waiting = await eventually(t.state, (s) => s.state === 'waiting');
    expect(waiting.keyFingerprint).toMatch(/^[0-9A-Z]{4}-/);
    expect(readJudgeKeys(t.head.session.db(), t.judgeId).map((k) => k.state)).toEqual(['pending']);
    await t.head.call('judgeKeys.accept', {
      judgeId: t.judgeId,
      fingerprint: waiting.keyFingerprint,
    });
    const [c1, c2] = t.marks;
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[0]!.id,
      criterion: c1!.code,
      value: c1!.max,
    });
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[1]!.id,
      criterion: c2!.code,
      value: 0,
    });
    const cells = await eventually(t.headCells, (cells) => cells.length === 2);
    expect(cells.map((c) => [c.entryId, c.criterion, c.value, c.revision])).toEqual(
      expect.arrayContaining([
        [t.entries[0]!.id, c1!.code, c1!.max, 1],
        [t.entries[1]!.id, c2!.code, 0, 1],
      ]),
    );
    const delivered = await eventually(t.state, (s) => s.state === 'delivered');
    expect(Date.now() - Date.parse(delivered.deliveredAt!)).toBeLessThan(10_000);
    // The USB route stays: the exported file, handed over after the live push, changes nothing.
    const exported = await t.laptop.call<{ fileName: string; content: string }>(
      'scoreFiles.export',
      {},
    );
    const merged = await t.head.call<Array<{ status: string; applied: number }>>(
      'scoreFiles.merge',
      { files: [{ name: exported.fileName, content: exported.content }] },
    );
    expect(merged).toMatchObject([{ status: 'unchanged', applied: 0 }]);
    // A changed mark travels too, as its next revision.
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[0]!.id,
      criterion: c1!.code,
      value: 0,
    });
    await eventually(t.headCells, (cells) =>
      cells.some((c) => c.entryId === t.entries[0]!.id && c.value === 0 && c.revision === 2),
    );
  });

  it('over plain HTTP when the judge file says the hall is HTTP', async () => {
    const t = await headTableAndJudge(false);
    const parsed = parseJudgeFile(t.judgeFile.content);
    expect(parsed.ok && parsed.file.hall).toEqual({ origin: t.hall.origin, certificate: null });
    await eventually(t.state, (s) => s.state === 'waiting');
    await t.acceptLaptopKey();
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[2]!.id,
      criterion: t.marks[0]!.code,
      value: t.marks[0]!.max,
    });
    await eventually(t.headCells, (cells) => cells.length === 1);
    await eventually(t.state, (s) => s.state === 'delivered');
    // The head table retires the judge's key (a lost laptop): the sheet says it was refused,
    // and the head table's marks stay as they were.
    await t.head.call('judgeKeys.retire', { judgeId: t.judgeId, reason: '电脑遗失' });
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[2]!.id,
      criterion: t.marks[0]!.code,
      value: 0,
    });
    await eventually(t.state, (s) => s.state === 'refused');
    expect(t.headCells().map((c) => c.value)).toEqual([t.marks[0]!.max]);
  });

  it('keeps the marks while the hall is closed, says so, and delivers them when it opens again', async () => {
    const t = await headTableAndJudge(true);
    await eventually(t.state, (s) => s.state === 'waiting');
    await t.acceptLaptopKey();
    await eventually(t.state, (s) => s.state === 'delivered');
    await t.head.call('lan.close', {});
    const c = t.marks[0]!;
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[0]!.id,
      criterion: c.code,
      value: c.max,
    });
    const down = await eventually(t.state, (s) => s.state === 'unreachable');
    expect(down.deliveredAt).not.toBeNull();
    // The mark is on the laptop's sheet, and not at the head table.
    const sheet = await t.laptop.call<{ scores: unknown[] }>('sheet.get', {});
    expect(sheet.scores).toHaveLength(1);
    expect(t.headCells()).toHaveLength(0);
    // The same address and port: the judge file names them, and the certificate is kept.
    const again = await t.head.call<LanStatus>('lan.open', {
      address: '127.0.0.1',
      port: t.hall.port,
      https: true,
      everyInterface: false,
    });
    expect(again.certificate).toBe(t.hall.certificate);
    await eventually(t.headCells, (cells) => cells.length === 1);
    await eventually(t.state, (s) => s.state === 'delivered');
  });

  it('sends nothing to a server whose certificate is not the one the judge file pinned', async () => {
    const t = await headTableAndJudge(true);
    await eventually(t.state, (s) => s.state === 'waiting');
    await t.acceptLaptopKey();
    // Another machine answering at an address (a laptop that took the head table's address).
    const made = await generate([{ name: 'commonName', value: 'not the head table' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
    });
    const received: Buffer[] = [];
    let connections = 0;
    const decoy: TlsServer = createTlsServer({ cert: made.cert, key: made.private }, (socket) => {
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('error', () => {});
    });
    decoy.on('connection', () => {
      connections += 1;
    });
    decoy.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    running.push(() => new Promise<void>((resolve) => decoy.close(() => resolve())));
    const port = (decoy.address() as { port: number }).port;
    expect(certificateSha256(made.cert)).not.toBe(t.hall.certificate);
    // The laptop's store now names that address, with the head table's pinned fingerprint.
    const judgeDb = t.laptop.session.db();
    writeJudgeHall(judgeDb, {
      origin: `https://127.0.0.1:${port}`,
      certificate: t.hall.certificate,
    });
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[0]!.id,
      criterion: t.marks[0]!.code,
      value: t.marks[0]!.max,
    });
    await eventually(t.state, (s) => s.state === 'wrongCertificate');
    expect(connections).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(Buffer.concat(received).length).toBe(0);
    expect(t.headCells()).toHaveLength(0);
  });

  it('gives an unpaired sender of a forged or foreign document nothing, and changes nothing', async () => {
    const t = await headTableAndJudge(true);
    await eventually(t.state, (s) => s.state === 'waiting');
    await t.acceptLaptopKey();
    const c = t.marks[0]!;
    await t.laptop.call('sheet.setScore', {
      entryId: t.entries[0]!.id,
      criterion: c.code,
      value: 0,
    });
    await eventually(t.headCells, (cells) => cells.length === 1);
    const judgeDb = t.laptop.session.db();
    const real = signedScoreFile(judgeDb).content;
    const ca = readLanCertificate(t.head.session.db(), '127.0.0.1')!.certPem;
    const before = {
      cells: JSON.stringify(readJudgeCells(t.head.session.db(), t.judgeId)),
      keys: JSON.stringify(readJudgeKeys(t.head.session.db())),
    };
    // A changed mark under the judge's signature; a judge file of another competition's judge,
    // signed by that laptop; not a score file at all.
    const forged = real.replace(`"value":0`, `"value":${c.max}`);
    const otherDir = tempDir();
    const other = organizerStore(otherDir);
    const foreignLaptop = openStore(
      openJudgeFile(tempDir(), exportJudgeFile(other.db, other.judges[0]!.id).content),
    );
    setSheetScore(foreignLaptop, {
      entryId: other.entries[0]!.id,
      criterion: c.code,
      value: c.max,
    });
    const foreign = signedScoreFile(foreignLaptop).content;
    foreignLaptop.close();
    other.db.close();
    for (const document of [forged, foreign, '{"format":"scoredesk.score-file"}']) {
      const answer = await hallCall(t.hall.origin!, 'scoreFile.push', { document }, undefined, {
        ca,
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        ok: true,
        value: {
          status: 'refused',
          applied: 0,
          unchanged: 0,
          older: 0,
          conflicts: 0,
          receivedAt: expect.any(String),
        },
      });
      expect(JSON.stringify(answer.body)).not.toContain('评委');
    }
    expect(JSON.stringify(readJudgeCells(t.head.session.db(), t.judgeId))).toBe(before.cells);
    expect(JSON.stringify(readJudgeKeys(t.head.session.db()))).toBe(before.keys);
    // The judge's own document, resent by anyone, changes nothing either: it says "unchanged".
    const resent = await hallCall(t.hall.origin!, 'scoreFile.push', { document: real }, undefined, {
      ca,
    });
    expect(resent.body).toMatchObject({ ok: true, value: { status: 'unchanged', applied: 0 } });
    // A flood is held back.
    let limited = 0;
    for (let i = 0; i < 70; i++) {
      const answer = await hallCall(
        t.hall.origin!,
        'scoreFile.push',
        { document: 'x' },
        undefined,
        {
          ca,
        },
      );
      if (answer.status === 429) limited += 1;
    }
    expect(limited).toBeGreaterThan(0);
  });

  it('issues judge files without a hall while it is closed, and such a sheet does not push', async () => {
    const organizerDir = tempDir();
    const fixture = organizerStore(organizerDir);
    fixture.db.close();
    const head = backendIn(organizerDir);
    await head.call('competitions.open', { path: join(organizerDir, 'organizer.scoredesk') });
    const file = await head.call<{ content: string }>('judgeFiles.export', {
      judgeId: fixture.judges[1]!.id,
    });
    expect(file.content).not.toContain('"hall"');
    const laptop = backendIn(tempDir());
    await laptop.call('judgeFiles.open', {
      file: { name: 'j.scoredesk-judge', content: file.content },
    });
    expect(await laptop.call('sheet.pushState', {})).toEqual({
      state: 'off',
      deliveredAt: null,
      keyFingerprint: null,
    });
  });
});
