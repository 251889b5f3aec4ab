import type { Db } from './database';

// Judge side: this device's key pair for its judge (migration 0006).

export interface OwnKey {
  publicKey: string;
  sealedPrivateKey: string;
  sealing: 'safeStorage' | 'none';
  epoch: number;
  createdAt: string;
}

export function readOwnKey(db: Db): OwnKey | undefined {
  return db
    .prepare(
      `SELECT public_key AS publicKey, sealed_private_key AS sealedPrivateKey, sealing, epoch,
         created_at AS createdAt FROM own_key`,
    )
    .get() as OwnKey | undefined;
}

/** A new key pair replaces the old one: the old private half is gone for good. */
export function writeOwnKey(db: Db, key: OwnKey): void {
  db.prepare(
    `INSERT INTO own_key (singleton, public_key, sealed_private_key, sealing, epoch, created_at)
     VALUES (1, @publicKey, @sealedPrivateKey, @sealing, @epoch, @createdAt)
     ON CONFLICT (singleton) DO UPDATE SET public_key = excluded.public_key,
       sealed_private_key = excluded.sealed_private_key, sealing = excluded.sealing,
       epoch = excluded.epoch, created_at = excluded.created_at`,
  ).run(key);
}
