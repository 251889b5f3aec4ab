import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './security';

/** Every answer of both servers (loopback and hall) carries the same safety headers. */
export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
