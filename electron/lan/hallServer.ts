import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { DEVICE_TOKEN_SCHEME, MAX_PUSH_CHARS } from '../../shared/api/lanWire';
import { AppFailure } from '../../shared/errors';
import { JUDGE_PAGE_PATH } from '../../shared/lan/pairingLink';
import { NOT_JSON, readJsonBody } from '../host/requestBody';
import { send } from '../host/respond';
import { hostName, isJsonBody, isOwnPort } from '../host/security';
import { staticFile } from '../host/staticFiles';
import { urlHost } from './addresses';
import type { HallAnswer, HallRequest } from './hallDispatch';

// The head table's server on the hall network: the judges' page and the wire's calls
// (shared/api/lanWire.ts), on the one address chosen, over HTTPS with the hall certificate or
// over plain HTTP when the organizer chose it. Nothing else: the loopback host keeps the
// organizer's calls (electron/host/server.ts).

/** A push is at most this much JSON: the document and a few fields. */
const MAX_BODY_BYTES = MAX_PUSH_CHARS * 4 + 4096;

export interface HallServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface HallServerOptions {
  address: string;
  port: number;
  tls: { cert: string; key: string } | null;
  dispatch: (request: HallRequest) => HallAnswer;
  staticDir: string;
  /** The host names a request may be addressed to (the Host header): this machine's addresses. */
  hostNames: () => readonly string[];
}

/** A port this machine will not give the hall, said in words; anything else as it came. */
function listenFailure(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return AppFailure.of('lan.portInUse', { port });
  if (error.code === 'EACCES') return AppFailure.of('lan.portNotAllowed', { port });
  return error;
}

export async function startHallServer(options: HallServerOptions): Promise<HallServer> {
  const scheme = options.tls ? 'https' : 'http';
  let port = 0;
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error) => {
      console.error(`ScoreDesk hall: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
    });
  };
  const server: Server = options.tls
    ? createHttpsServer(
        { cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' },
        handler,
      )
    : createHttpServer(handler);
  // A device on a weak Wi-Fi must not hold a connection open for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page of another name resolving to this address (DNS rebinding), or another origin's
    // page, gets nothing.
    const host = request.headers.host;
    if (!host || !allowedHost(host)) return send(response, 403, 'text/plain', 'Forbidden');
    const origin = request.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `${scheme}://${host.toLowerCase()}`) {
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://hall').pathname);
    } catch {
      return send(response, 400, 'text/plain', 'Bad request');
    }
    if (pathname.startsWith('/api/')) return api(request, response, pathname.slice(5));
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    if (pathname === '/') {
      response.writeHead(302, { Location: JUDGE_PAGE_PATH, 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    // The judges' page (judge.html of the renderer's build) and its assets; the page holds no
    // data. Nothing else of the build is served here: the organizer's screens are not the hall's.
    if (pathname !== JUDGE_PAGE_PATH && !pathname.startsWith('/assets/')) {
      return send(response, 404, 'text/plain', 'Not found');
    }
    const file =
      pathname === JUDGE_PAGE_PATH
        ? staticFile(options.staticDir, '/judge.html', ['judge.html'])
        : staticFile(options.staticDir, pathname, []);
    send(response, file.status, file.type, file.body);
  }

  async function api(request: IncomingMessage, response: ServerResponse, name: string) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!isJsonBody(request.headers['content-type'])) {
      return send(response, 415, 'text/plain', 'Calls are application/json');
    }
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body) return answer(response, { status: 400, body: NOT_JSON });
    const { payload } = body;
    answer(
      response,
      options.dispatch({
        name,
        payload,
        token: bearerToken(request.headers.authorization),
        remote: request.socket.remoteAddress ?? '',
      }),
    );
  }

  function allowedHost(host: string): boolean {
    if (!isOwnPort(host, port)) return false;
    const name = hostName(host);
    return options.hostNames().some((address) => urlHost(address).toLowerCase() === name);
  }

  await new Promise<void>((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException) => reject(listenFailure(error, options.port));
    server.once('error', refuse);
    server.listen(options.port, options.address, () => {
      server.off('error', refuse);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    origin: `${scheme}://${urlHost(options.address)}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, token] = header.trim().split(/\s+/);
  return scheme === DEVICE_TOKEN_SCHEME && token ? token : undefined;
}

function answer(response: ServerResponse, result: HallAnswer): void {
  if (result.retryAfter !== undefined) response.setHeader('Retry-After', String(result.retryAfter));
  send(response, result.status, 'application/json; charset=utf-8', JSON.stringify(result.body));
}
