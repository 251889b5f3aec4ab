/** The renderer's origin: a custom standard+secure scheme, never file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'scoredesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a URL of our own app:// origin. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The window may only ever show our own pages: http(s), file:, data:, javascript: … are refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Requests that leave the app (network, local files outside the protocol handler): all cancelled,
 * so no remote content loads even if the page asked for it.
 */
export const BLOCKED_REQUEST_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file:///*',
];
