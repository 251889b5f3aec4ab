import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Host, startHost } from '../../electron/host/server';
import { createBackend } from '../../electron/ipc/backend';
import { confSettings } from '../../electron/services/settings';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();
let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start() {
  const dir = tempDir();
  const backend = createBackend({
    dataDir: join(dir, 'data'),
    settings: confSettings(join(dir, 'config')),
    shell: 'browser',
    version: 'test',
  });
  host = await startHost({ dispatch: backend.dispatch, staticDir: join(dir, 'no-renderer') });
  const url = new URL(host.url);
  return { host, token: url.searchParams.get('token')!, port: Number(url.port) };
}

/** A raw request, so the Host header can be forged the way a rebinding attack would. */
function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: options.path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const api = (
  port: number,
  token: string,
  name: string,
  payload: unknown,
  headers: Record<string, string> = {},
) =>
  send(port, {
    path: `/api/${name}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-scoredesk-token': token, ...headers },
    body: JSON.stringify(payload),
  });

describe('the local host', () => {
  it('listens on loopback and prints an address carrying its token', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers 403 to a Host header that is not loopback (DNS rebinding)', async () => {
    const { port, token } = await start();
    const forged = await api(port, token, 'app.info', {}, { host: 'evil.example:80' });
    expect(forged.status).toBe(403);
    const foreignOrigin = await api(port, token, 'app.info', {}, { origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    for (const host of ['localhost', `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await api(port, token, 'app.info', {}, { host })).status, host).toBe(200);
    }
  });

  it('answers 401 to a call without the token, or with a wrong one', async () => {
    const { port, token } = await start();
    const json = { 'content-type': 'application/json' };
    expect(
      (await send(port, { path: '/api/app.info', method: 'POST', headers: json })).status,
    ).toBe(401);
    expect((await api(port, `${token.slice(1)}x`, 'app.info', {})).status).toBe(401);
  });

  it('never sets a cookie: the token would reach every server on 127.0.0.1, whatever its port', async () => {
    const { port, token } = await start();
    const page = await send(port, { path: `/?token=${token}` });
    expect(page.headers['set-cookie']).toBeUndefined();
    const cookie = `scoredesk_token=${token}`;
    const json = { 'content-type': 'application/json', cookie };
    const byCookie = await send(port, { path: '/api/app.info', method: 'POST', headers: json });
    expect(byCookie.status).toBe(401);
    const info = await api(port, token, 'app.info', {});
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { shell: 'browser' } });
  });

  it('answers only its own page: another port’s origin, a cross-site fetch, a non-JSON body', async () => {
    const { port, token } = await start();
    const status = async (headers: Record<string, string>) =>
      (await api(port, token, 'app.info', {}, headers)).status;
    expect(await status({ origin: `http://127.0.0.1:${port}` })).toBe(200);
    expect(await status({ origin: `http://localhost:${port}` })).toBe(200);
    expect(await status({ origin: `http://127.0.0.1:${port + 1}` })).toBe(403);
    expect(await status({ origin: 'null' })).toBe(403);
    expect(await status({ host: `127.0.0.1:${port + 1}` })).toBe(403);
    expect(await status({ 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(await status({ 'sec-fetch-site': 'same-site' })).toBe(403);
    expect(await status({ 'sec-fetch-site': 'cross-site' })).toBe(403);
    expect(await status({ 'content-type': 'text/plain' })).toBe(415);
    expect(await status({ 'content-type': 'application/x-www-form-urlencoded' })).toBe(415);
  });

  it('answers 400, not 500, to a malformed address', async () => {
    const { port, token } = await start();
    const headers = { 'content-type': 'application/json', 'x-scoredesk-token': token };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect((await send(port, { path: '/%E0%A4%A' })).status).toBe(400);
      expect((await send(port, { path: '/api/%ZZ', method: 'POST', headers })).status).toBe(400);
    } finally {
      console.error = log;
    }
    expect(errors).toEqual([]);
  });

  it('serves the contract: creates a competition and lists its file', async () => {
    const { port, token } = await start();
    const created = JSON.parse(
      (await api(port, token, 'competitions.create', { info: sampleInfo, template: 'counselor' }))
        .body,
    );
    expect(created.ok).toBe(true);
    expect(created.value.competition.tracks).toHaveLength(4);
    const listed = JSON.parse((await api(port, token, 'competitions.list', {})).body);
    expect(listed.value.inDataDir.map((f: { name: string }) => f.name)).toEqual([sampleInfo.name]);
    expect(listed.value.recent[0].path).toBe(created.value.path);
  });

  it('refuses a payload that fails its schema, and unknown calls, as error values', async () => {
    const { port, token } = await start();
    const bad = JSON.parse(
      (await api(port, token, 'competitions.create', { info: { name: '' }, template: 'nope' }))
        .body,
    );
    expect(bad.ok).toBe(false);
    expect(bad.errors.every((e: { code: string }) => e.code === 'error.invalidInput')).toBe(true);
    expect(bad.errors.map((e: { params: { field: string } }) => e.params.field)).toContain(
      'template',
    );
    const unknown = JSON.parse((await api(port, token, '__proto__', {})).body);
    expect(unknown.errors[0]).toMatchObject({ code: 'error.unknownCall' });
    const noCompetition = JSON.parse(
      (await api(port, token, 'entries.list', { track: 'exhibit' })).body,
    );
    expect(noCompetition.errors[0]).toMatchObject({ code: 'error.noCompetition' });
  });

  it('says the renderer is missing rather than serving nothing', async () => {
    const { port, token } = await start();
    const page = await send(port, { path: `/?token=${token}` });
    expect(page.status).toBe(503);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
