import type { Database } from 'better-sqlite3';

// Shipped: never edit. Add the next numbered migration instead.
export function up(db: Database): void {
  db.exec(`
    -- A device a takeover retired names the judge's device that took over, so the old one is told
    -- its judge moved on rather than that it was switched off. Takeovers before this column:
    -- the new device was paired at the very moment the old one was retired (one transaction).
    ALTER TABLE lan_devices ADD COLUMN replaced_by INTEGER REFERENCES lan_devices (id);
    UPDATE lan_devices SET replaced_by = (
      SELECT n.id FROM lan_devices n
      WHERE n.judge_id = lan_devices.judge_id AND n.paired_at = lan_devices.revoked_at
        AND n.id > lan_devices.id
    )
    WHERE revoked_at IS NOT NULL;
  `);
}
