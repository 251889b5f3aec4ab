import type { AuditEntry } from '../../shared/domain/records';
import { currentActor } from './auditActor';
import type { Db } from './database';

export interface AuditRecord {
  /** Who did it; by default the caller of the call in progress (`asActor`). */
  actor?: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
  reason?: string;
}

/** Who changed what, when, from what to what, and why. Written in the change's transaction. */
export function recordAudit(db: Db, record: AuditRecord): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, subject, before, after, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    new Date().toISOString(),
    record.actor ?? currentActor(),
    record.action,
    record.subject,
    record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
    record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
    record.reason ?? '',
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: string | null;
  after: string | null;
  reason: string;
}

export function readAudit(db: Db, limit = 500): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?')
    .all(limit) as AuditRow[];
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
}

/** The entries of one action after a time, oldest first: what changed since a file was issued. */
export function readAuditSince(db: Db, action: string, since: string): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE action = ? AND at > ? ORDER BY id')
    .all(action, since) as AuditRow[];
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
}
