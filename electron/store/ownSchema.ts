import Database from 'better-sqlite3';
import type { Db } from './database';
import { migrations } from './migrations';

// What ScoreDesk's own migrations create, and how a store's schema differs from it. A store is a
// file anyone can edit with any SQLite tool: a trigger added to it runs inside our own
// transactions (one AFTER INSERT ON scores rewrites every mark as the judge types it), a view or
// a table shadows or holds what we never wrote. So a store is only opened when every table,
// index, trigger and view in it is one of ours, with our definition.

export type SchemaObjectType = 'table' | 'index' | 'trigger' | 'view';

export interface SchemaDifference {
  /** extra: we never create it; changed: ours, defined otherwise; missing: ours, not there. */
  kind: 'extra' | 'changed' | 'missing';
  type: SchemaObjectType;
  name: string;
}

interface SchemaRow {
  type: SchemaObjectType;
  name: string;
  sql: string | null;
}

/**
 * SQLite's own objects (sqlite_sequence, sqlite_stat1, the automatic indexes of UNIQUE and
 * PRIMARY KEY constraints) come and go with what SQLite does, not with the migrations.
 */
function schemaOf(db: Db): Map<string, SchemaRow> {
  const rows = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`,
    )
    .all() as SchemaRow[];
  return new Map(rows.map((row) => [`${row.type} ${row.name}`, row]));
}

const expected = new Map<number, Map<string, SchemaRow>>();

/**
 * The schema the migrations up to `version` make, run on an empty database in memory: the same
 * statements a real store went through (ALTER TABLE edits the stored CREATE text the same way
 * whatever the rows), so nothing is written out by hand twice.
 */
export function schemaAtVersion(version: number): Map<string, SchemaRow> {
  const known = expected.get(version);
  if (known) return known;
  const scratch = new Database(':memory:');
  try {
    for (const migration of migrations.filter((m) => m.version <= version)) migration.up(scratch);
    const schema = schemaOf(scratch);
    expected.set(version, schema);
    return schema;
  } finally {
    scratch.close();
  }
}

/** Every table, index, trigger and view that is not exactly one of ours at the store's version. */
export function schemaDifferences(db: Db, version: number): SchemaDifference[] {
  const want = schemaAtVersion(version);
  const found = schemaOf(db);
  const differences: SchemaDifference[] = [];
  for (const [key, row] of found) {
    const ours = want.get(key);
    if (!ours) differences.push({ kind: 'extra', type: row.type, name: row.name });
    else if (normalizedSql(row.sql) !== normalizedSql(ours.sql)) {
      differences.push({ kind: 'changed', type: row.type, name: row.name });
    }
  }
  for (const [key, row] of want) {
    if (!found.has(key)) differences.push({ kind: 'missing', type: row.type, name: row.name });
  }
  return differences;
}

/**
 * The SQL with comments dropped and runs of white space made one space, outside quotes only:
 * re-indented text is the same definition, while `DEFAULT 'a  b'` and `DEFAULT 'a b'` are not,
 * and neither are `x -- y⏎ z` and `x -- y z` (the second hides z in a comment).
 */
export function normalizedSql(sql: string | null): string {
  if (sql === null) return '';
  let out = '';
  let space = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let end = i + 1;
      for (;;) {
        end = sql.indexOf(close, end);
        if (end < 0) end = sql.length;
        // A doubled quote is the quote itself, inside the string.
        else if (close !== ']' && sql[end + 1] === close) {
          end += 2;
          continue;
        }
        break;
      }
      if (space && out !== '') out += ' ';
      space = false;
      out += sql.slice(i, end + 1);
      i = end + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      space = true;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else {
      if (space && out !== '') out += ' ';
      space = false;
      out += c;
      i += 1;
    }
  }
  return out;
}
