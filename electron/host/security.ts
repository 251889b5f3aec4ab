import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The name a Host header gives, without its port, lowercase: "[::1]:8080" → "[::1]". */
export function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return (name ?? '').toLowerCase();
}

/** Host header of a loopback name (any port): anything else is DNS rebinding and gets 403. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_NAMES.has(hostName(host));
}

/** The page's own origins: a loopback name on this very port, over plain HTTP. */
function ownOrigins(port: number): Set<string> {
  return new Set([...LOOPBACK_NAMES].map((name) => `http://${name}:${port}`));
}

/**
 * A page of another origin may not drive the API, and another port of 127.0.0.1 is another
 * origin (a second local server, a page a contestant's laptop serves through a tunnel). A present
 * Origin must be exactly this host's; an absent one is a program, not a page, and still needs the
 * token.
 */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || ownOrigins(port).has(origin.toLowerCase());
}

/** Browsers that send Sec-Fetch-Site say where a call comes from: only the page itself may call. */
export function isSameOriginFetch(site: string | string[] | undefined): boolean {
  return site === undefined || site === 'same-origin';
}

/** A form or a `text/plain` beacon can be sent by any page without asking: calls are JSON only. */
export function isJsonBody(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** The Host header names this port, when it names one (a rebinding to another port is refused). */
export function isOwnPort(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const match = /:(\d+)$/.exec(host);
  return !match || Number(match[1]) === port;
}

export const TOKEN_HEADER = 'x-scoredesk-token';

/**
 * The token travels in a header only. A cookie would be sent to every server on 127.0.0.1,
 * whatever its port (cookies know no ports), so any other local server would receive it; the
 * page keeps the token in its own origin's sessionStorage instead.
 */
export function requestToken(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  return typeof header === 'string' ? header : undefined;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined || given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
