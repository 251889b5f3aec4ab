import type { Db } from './database';

// The hall network's certificates, one per address served on (migration 0012).

export interface LanCertificateRow {
  address: string;
  certPem: string;
  keyPem: string;
  fingerprint: string;
  createdAt: string;
  expiresAt: string;
}

export function readLanCertificate(db: Db, address: string): LanCertificateRow | undefined {
  return db
    .prepare(
      `SELECT address, cert_pem AS certPem, key_pem AS keyPem, fingerprint,
         created_at AS createdAt, expires_at AS expiresAt
       FROM lan_certificates WHERE address = ?`,
    )
    .get(address) as LanCertificateRow | undefined;
}

export function writeLanCertificate(db: Db, row: LanCertificateRow): void {
  db.prepare(
    `INSERT INTO lan_certificates (address, cert_pem, key_pem, fingerprint, created_at, expires_at)
     VALUES (@address, @certPem, @keyPem, @fingerprint, @createdAt, @expiresAt)
     ON CONFLICT (address) DO UPDATE SET cert_pem = excluded.cert_pem, key_pem = excluded.key_pem,
       fingerprint = excluded.fingerprint, created_at = excluded.created_at,
       expires_at = excluded.expires_at`,
  ).run(row);
}
