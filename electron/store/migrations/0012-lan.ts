import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
// (Numbered 12: number 11 belongs to another change made at the same time.)
export function up(db: Database): void {
  db.exec(`
    -- The hall network (docs/lan.md). A certificate per address the head table has served on:
    -- the judges' devices were shown its SHA-256 fingerprint (in the QR code, on the pairing
    -- sheet), so the same address keeps the same certificate from one start to the next. Its
    -- key protects the connection only; it cannot sign a judge's score file.
    CREATE TABLE lan_certificates (
      address TEXT PRIMARY KEY,
      cert_pem TEXT NOT NULL,
      key_pem TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );

    -- A judge's paired device: its own Ed25519 key (also in judge_keys, accepted at pairing) and
    -- the SHA-256 of the token it sends with every call (the token itself is never stored).
    -- unsent is what the device last said it still holds unsent. One device writes for a judge
    -- at a time: at most one not revoked per judge.
    CREATE TABLE lan_devices (
      id INTEGER PRIMARY KEY,
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      public_key TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      paired_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      marks_received INTEGER NOT NULL DEFAULT 0,
      unsent INTEGER NOT NULL DEFAULT 0,
      revoked_at TEXT,
      revoked_by TEXT,
      revoked_reason TEXT
    );
    CREATE UNIQUE INDEX lan_devices_one_writer ON lan_devices (judge_id) WHERE revoked_at IS NULL;

    -- One-time pairing codes, by their SHA-256: single use (used_at), short-lived (expires_at).
    -- takeover_reason: this code moves the judge from the device writing for them to a new one.
    CREATE TABLE lan_pairing_codes (
      id INTEGER PRIMARY KEY,
      judge_id INTEGER NOT NULL REFERENCES judges (id) ON DELETE CASCADE,
      code_hash TEXT NOT NULL UNIQUE,
      takeover_reason TEXT,
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      device_id INTEGER REFERENCES lan_devices (id) ON DELETE SET NULL
    );
  `);
}
