import { normalizePairingCode } from './pairingCode';

// What a judge's QR code holds: the head table's address, the one-time code and the SHA-256 of
// the hall certificate, as one link a phone's camera opens directly. The code and fingerprint
// ride in the fragment (after #), which the browser never sends to any server: they do not
// appear in a request line, a log or a Referer header.

/** Where the judges' page is served on the hall address. */
export const JUDGE_PAGE_PATH = '/judge';

export interface PairingLink {
  /** "https://192.168.8.10:8443" or "http://…" */
  origin: string;
  code: string;
  /** SHA-256 of the certificate (DER), 64 lowercase hex digits; null over plain HTTP. */
  certificate: string | null;
}

export function pairingLinkText(link: PairingLink): string {
  const fragment = new URLSearchParams({ code: link.code });
  if (link.certificate) fragment.set('cert', link.certificate);
  return `${link.origin}${JUDGE_PAGE_PATH}#${fragment.toString()}`;
}

/** A scanned or pasted link back to its parts; null when it is not a pairing link. */
export function parsePairingLink(text: string): PairingLink | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.pathname !== JUDGE_PAGE_PATH) return null;
  const fragment = new URLSearchParams(url.hash.slice(1));
  const code = normalizePairingCode(fragment.get('code') ?? '');
  if (!code) return null;
  const certificate = fragment.get('cert');
  if (certificate !== null && !/^[0-9a-f]{64}$/.test(certificate)) return null;
  if (url.protocol === 'https:' && certificate === null) return null;
  return { origin: url.origin, code, certificate };
}

/** The certificate's fingerprint as people compare it on screen: "AB:CD:…", in 16 groups of 2. */
export function certificateFingerprintText(hex: string): string {
  return (hex.toUpperCase().match(/.{2}/g) ?? []).join(':');
}
