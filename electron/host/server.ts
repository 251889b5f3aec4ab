import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Dispatch } from '../ipc/dispatch';
import {
  CONTENT_SECURITY_POLICY,
  isJsonBody,
  isLoopbackHost,
  isOwnOrigin,
  isOwnPort,
  isSameOriginFetch,
  requestToken,
  tokensMatch,
} from './security';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface Host {
  /** The address to open, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The same handlers as the desktop window, over HTTP on loopback only, for a plain browser and
 * the end-to-end tests. Every call needs the per-run token of the printed address, in a header.
 */
export async function startHost(options: {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
}): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      // One line, no stack: the log is read by the people at the head table.
      console.error(`ScoreDesk host: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { host, origin } = request.headers;
    if (!isLoopbackHost(host) || !isOwnPort(host, port) || !isOwnOrigin(origin, port)) {
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(response, 400, 'text/plain', 'Bad request');
    }
    if (pathname.startsWith('/api/')) return api(request, response, pathname.slice(5));
    // The page itself holds no secret: it is served to anyone on this machine, and it takes the
    // token from the address it was opened with (renderer/src/api/hostToken.ts).
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    return serveStatic(response, pathname);
  }

  async function api(request: IncomingMessage, response: ServerResponse, name: string) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!isSameOriginFetch(request.headers['sec-fetch-site'])) {
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    if (!tokensMatch(requestToken(request), token)) {
      return send(
        response,
        401,
        'text/plain; charset=utf-8',
        'Unauthorized: open the address ScoreDesk printed, token included.',
      );
    }
    if (!isJsonBody(request.headers['content-type'])) {
      return send(response, 415, 'text/plain', 'Calls are application/json');
    }
    let payload: unknown;
    try {
      const body = await readBody(request);
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return send(
        response,
        400,
        'application/json',
        JSON.stringify({
          ok: false,
          errors: [{ code: 'error.invalidInput', params: { field: '—', detail: 'JSON' } }],
        }),
      );
    }
    const result = await options.dispatch(name, payload);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  function serveStatic(response: ServerResponse, pathname: string) {
    const root = normalize(options.staticDir);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep) && file !== root) {
      return send(response, 404, 'text/plain', 'Not found');
    }
    // Unknown paths are screens of the single-page app.
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    if (!existsSync(file)) {
      return send(
        response,
        503,
        'text/plain; charset=utf-8',
        'The renderer is not built: run npm run build:renderer',
      );
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    send(response, 200, type, readFileSync(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
