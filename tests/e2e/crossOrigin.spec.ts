import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './host';

/**
 * A page served from another port of 127.0.0.1 (any other local program, or a page a contestant
 * gets the head-table laptop to open) tries to drive the host's API from the same Chromium in
 * which the organizer has ScoreDesk open.
 */
function evilServer(target: string) {
  const seen: IncomingHttpHeaders[] = [];
  const page = `<!doctype html><meta charset="utf-8"><title>…</title><script>
    const api = ${JSON.stringify(`${target}/api/competitions.create`)};
    const body = JSON.stringify({ info: { name: '伪造赛事', edition: '', venue: '', startDate: '', endDate: '' }, template: 'counselor' });
    Promise.allSettled([
      fetch(api, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body }),
      fetch(api, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body }),
      fetch(location.origin + '/probe', { credentials: 'include' }),
    ]).then(() => { document.title = 'done'; });
  </script>`;
  const server = createServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  return new Promise<{ url: string; seen: IncomingHttpHeaders[]; close: () => void }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/`, seen, close: () => server.close() });
    });
  });
}

test('a page on another loopback port cannot drive the local host, nor learn its token', async ({
  page,
  host,
  folders,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '新建赛事' })).toBeVisible();
  const origin = new URL(host.url).origin;
  const evil = await evilServer(origin);
  try {
    await page.goto(evil.url);
    await expect(page).toHaveTitle('done');
    const token = new URL(host.url).searchParams.get('token')!;
    expect(JSON.stringify(evil.seen)).not.toContain(token);
  } finally {
    evil.close();
  }
  const stores = existsSync(folders.dataDir)
    ? readdirSync(folders.dataDir).filter((f) => f.endsWith('.scoredesk'))
    : [];
  expect(stores).toEqual([]);

  // The organizer's own page still works, after a reload too (the token stays with its origin).
  await page.goto(origin);
  await expect(page.getByRole('heading', { name: '新建赛事' })).toBeVisible();
  await page.getByLabel('赛事名称').fill('真赛事');
  await page.getByRole('button', { name: '创建赛事' }).click();
  await expect(page.getByText('本机服务拒绝了请求')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '真赛事' })).toBeVisible();
});
