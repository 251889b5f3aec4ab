import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

// The built renderer's files, for the loopback host and the hall network alike: one path check,
// one list of types. A path outside the folder is not found; any other unknown path is a screen
// of the single-page app, answered with its page.

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

export interface StaticAnswer {
  status: number;
  type: string;
  body: string | Buffer;
}

/**
 * `pages`: the page for unknown paths, the first that exists; none given, an unknown path is not
 * found.
 */
export function staticFile(
  staticDir: string,
  pathname: string,
  pages: readonly string[] = ['index.html'],
): StaticAnswer {
  const root = normalize(staticDir);
  let file = normalize(join(root, pathname));
  if (!file.startsWith(root + sep) && file !== root) {
    return { status: 404, type: 'text/plain', body: 'Not found' };
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (pages.length === 0) return { status: 404, type: 'text/plain', body: 'Not found' };
    file = pages.map((page) => join(root, page)).find((page) => existsSync(page)) ?? '';
  }
  if (!file) {
    return {
      status: 503,
      type: 'text/plain; charset=utf-8',
      body: 'The renderer is not built: run npm run build:renderer',
    };
  }
  return {
    status: 200,
    type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}
