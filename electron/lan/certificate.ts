import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import type { Db } from '../store/database';
import {
  type LanCertificateRow,
  readLanCertificate,
  writeLanCertificate,
} from '../store/lanCertificatesTable';
import { EVERY_INTERFACE } from './addresses';
import { fingerprintHex } from './hallClient';

// The hall's TLS certificate: made for the competition, for the address it is served on, by the
// head table itself (no authority can vouch for an address on a travel router). Browsers warn
// about it once; the judge compares the fingerprint the head table shows with the one the
// browser shows, or the ScoreDesk app checks the one in the QR code. Node's crypto reads X.509
// certificates but cannot make one, hence the `selfsigned` library (EC P-256, SHA-256).

const VALID_DAYS = 90;
/** A certificate with less than this left is made anew (a new fingerprint to compare). */
const RENEW_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

export interface HallCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate's DER, lowercase hex. */
  fingerprint: string;
  expiresAt: string;
}

/** The certificate this store made for this address before, or a new one (kept in the store). */
export async function hallCertificate(
  db: Db,
  address: string,
  altAddresses: readonly string[],
  now = new Date(),
): Promise<HallCertificate> {
  const kept = readLanCertificate(db, address);
  if (kept && Date.parse(kept.expiresAt) - now.getTime() > RENEW_BEFORE_MS) return kept;
  const expires = new Date(now.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000);
  const ips = [...new Set([address, ...altAddresses])].filter((a) => !EVERY_INTERFACE.has(a));
  const made = await generate([{ name: 'commonName', value: `ScoreDesk ${address}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60 * 60 * 1000),
    notAfterDate: expires,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: ips.map((ip) => ({ type: 7 as const, ip })) },
    ],
  });
  const row: LanCertificateRow = {
    address,
    certPem: made.cert,
    keyPem: made.private,
    fingerprint: certificateSha256(made.cert),
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
  };
  writeLanCertificate(db, row);
  return row;
}

/** SHA-256 of a PEM certificate's DER, lowercase hex without separators. */
export function certificateSha256(pem: string): string {
  return fingerprintHex(new X509Certificate(pem).fingerprint256);
}
