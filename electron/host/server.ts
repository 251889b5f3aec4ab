import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIVE_EVENTS_PATH } from '../../shared/api/lanEvents';
import type { Dispatch } from '../ipc/dispatch';
import { type LiveFeed, serveLiveFeed } from './liveFeed';
import { NOT_JSON, readJsonBody } from './requestBody';
import { send } from './respond';
import {
  isJsonBody,
  isLoopbackHost,
  isOwnOrigin,
  isOwnPort,
  isSameOriginFetch,
  requestToken,
  tokensMatch,
} from './security';
import { staticFile } from './staticFiles';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

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
  /** The hall network's live events for the head table's screens (GET /api/events). */
  liveFeed?: LiveFeed;
  /**
   * The big screen's calls and their own token: a page opened with it can read what the screen
   * shows and nothing else (the display role).
   */
  display?: { dispatch: Dispatch; token: string };
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
    if (pathname === LIVE_EVENTS_PATH && request.method === 'GET') return events(request, response);
    if (pathname.startsWith('/api/')) return api(request, response, pathname.slice(5));
    // The page itself holds no secret: it is served to anyone on this machine, and it takes the
    // token from the address it was opened with (renderer/src/api/hostToken.ts).
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'Method not allowed');
    return serveStatic(response, pathname);
  }

  /** The live feed: the same checks as a call, and only for the head table's caller. */
  function events(request: IncomingMessage, response: ServerResponse) {
    if (!isSameOriginFetch(request.headers['sec-fetch-site'])) {
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    if (!tokensMatch(requestToken(request), token)) {
      return send(response, 401, 'text/plain; charset=utf-8', 'Unauthorized');
    }
    if (!options.liveFeed?.allowed()) return send(response, 403, 'text/plain', 'Forbidden');
    serveLiveFeed(request, response, options.liveFeed);
  }

  async function api(request: IncomingMessage, response: ServerResponse, name: string) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!isSameOriginFetch(request.headers['sec-fetch-site'])) {
      return send(response, 403, 'text/plain', 'Forbidden');
    }
    const given = requestToken(request);
    const display = options.display && tokensMatch(given, options.display.token);
    if (!display && !tokensMatch(given, token)) {
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
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body) return send(response, 400, 'application/json', JSON.stringify(NOT_JSON));
    const { payload } = body;
    const dispatch = display ? options.display!.dispatch : options.dispatch;
    const result = await dispatch(name, payload);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  function serveStatic(response: ServerResponse, pathname: string) {
    const file = staticFile(options.staticDir, pathname);
    send(response, file.status, file.type, file.body);
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
