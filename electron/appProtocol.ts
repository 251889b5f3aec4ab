import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './host/security';
import { APP_HOST, APP_SCHEME } from './navigation';

/** app:// is standard (real origin, relative URLs) and secure (like https); nothing more. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response, errors included: the CSP always travels with the page. */
export function appHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

/** Raw dot segments, encoded dots or separators, NUL: refused before the URL parser tidies them. */
const SUSPICIOUS_RAW = /(^|[/\\])\.\.?([/\\]|$)|%2e|%2f|%5c|%00|\\/i;

/**
 * The file under rootDir that an app:// URL names ('/' → index.html), or null when the URL is not
 * ours (other scheme or host) or tries to leave rootDir (dot segments, encoded or not, separators
 * hidden in a segment, drive letters, NUL). The file may not exist; see chooseAppFile.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const schemeEnd = requestUrl.indexOf('://');
  if (schemeEnd < 0) return null;
  const hostAndPath = requestUrl.slice(schemeEnd + 3).split(/[?#]/)[0] ?? '';
  if (SUSPICIOUS_RAW.test(hostAndPath)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return file;
}

export type AppFile = { status: 200; path: string } | { status: 403 } | { status: 404 };

/**
 * What to answer for a request: the file, index.html for an extensionless route (SPA fallback;
 * the renderer routes in the hash, so this is only a safety net), 404 for a missing asset and 403
 * for anything resolveAppPath refuses.
 */
export function chooseAppFile(
  rootDir: string,
  requestUrl: string,
  isFile: (path: string) => boolean,
): AppFile {
  const path = resolveAppPath(rootDir, requestUrl);
  if (path === null) return { status: 403 };
  if (isFile(path)) return { status: 200, path };
  const index = join(resolve(rootDir), 'index.html');
  if (extname(path) === '' && isFile(index)) return { status: 200, path: index };
  return { status: 404 };
}
