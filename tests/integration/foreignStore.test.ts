import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/ipc/backend';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { confSettings } from '../../electron/services/settings';
import { APPLICATION_ID, openStore } from '../../electron/store/database';
import { latestVersion, migrations } from '../../electron/store/migrations';
import { normalizedSql } from '../../electron/store/ownSchema';
import { restoreSnapshot, snapshotBefore } from '../../electron/store/snapshots';
import { type AppError, AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { canMakeReadOnly, makeReadOnly } from '../helpers/diskConditions';
import { judgeLaptop, organizerStore } from '../helpers/judgingFixture';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// Nothing forged: a competition file whose database holds what ScoreDesk never creates (a
// trigger that rewrites marks as they are saved, a view, a table, a changed definition) is
// refused before anything is written to it, with a message naming what was found.

const tempDir = tempDirsForEachTest();
const undo: Array<() => void> = [];
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
});
const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'scoredesk.mjs');

/** A competition made by ScoreDesk, with marks (the demo), closed. */
function ownStore(): string {
  const path = join(tempDir(), '省赛.scoredesk');
  const db = createCompetitionStore(path, sampleInfo, 'counselor');
  fillDemo(db, { seed: 1, entriesPerTrack: 3, judgesPerTrack: 3 });
  db.close();
  return path;
}

/** What another program did to the file: SQL run on it directly, outside ScoreDesk. */
function tamper(path: string, sql: string): void {
  const raw = new Database(path);
  raw.exec(sql);
  raw.close();
}

const REWRITE_MARKS = `CREATE TRIGGER rewrite_marks AFTER INSERT ON scores BEGIN
  UPDATE scores SET value = value + 100
  WHERE judge_id = NEW.judge_id AND entry_id = NEW.entry_id AND criterion_id = NEW.criterion_id;
END`;

/** The file and everything beside it, byte for byte. */
function folderState(path: string): Record<string, string> {
  const dir = join(path, '..');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppFailure) return error.errors[0]!;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a competition file holding what ScoreDesk never creates', () => {
  it('with a trigger that rewrites marks is refused, naming it, and left byte for byte', () => {
    const path = ownStore();
    tamper(path, REWRITE_MARKS);
    const before = folderState(path);
    const error = refusal(() => openStore(path));
    expect(error.code).toBe('store.foreignSchema');
    const zh = translate('zh-CN', error.code, error.params);
    const en = translate('en', error.code, error.params);
    expect(zh).toContain('触发器“rewrite_marks”');
    expect(zh).toContain(path);
    expect(en).toContain('trigger “rewrite_marks”');
    expect(folderState(path)).toEqual(before);
  });

  it('with an extra view, or an extra table, is refused too', () => {
    const withView = ownStore();
    tamper(withView, 'CREATE VIEW all_marks AS SELECT * FROM scores');
    const view = refusal(() => openStore(withView));
    expect(translate('en', view.code, view.params)).toContain('view “all_marks”');

    const withTable = ownStore();
    tamper(withTable, 'CREATE TABLE notes (text TEXT)');
    const table = refusal(() => openStore(withTable));
    expect(translate('zh-CN', table.code, table.params)).toContain('表“notes”');
  });

  it('with a definition of ours changed is refused, naming what changed', () => {
    const column = ownStore();
    tamper(column, "ALTER TABLE judges ADD COLUMN note TEXT NOT NULL DEFAULT ''");
    const judges = refusal(() => openStore(column));
    expect(judges.code).toBe('store.foreignSchema');
    expect(translate('en', judges.code, judges.params)).toContain('changed table “judges”');

    const index = ownStore();
    tamper(
      index,
      'DROP INDEX scores_by_entry; CREATE INDEX scores_by_entry ON scores (entry_id, value)',
    );
    const changed = refusal(() => openStore(index));
    expect(translate('zh-CN', changed.code, changed.params)).toContain('索引“scores_by_entry”');
  });

  it('from an older ScoreDesk is refused before it is migrated or backed up', () => {
    const path = join(tempDir(), 'old.scoredesk');
    const raw = versionOneStore(path);
    raw.exec('CREATE TRIGGER keep_zero BEFORE DELETE ON scores BEGIN SELECT 1; END');
    raw.close();
    const before = folderState(path);
    expect(refusal(() => openStore(path)).code).toBe('store.foreignSchema');
    expect(folderState(path)).toEqual(before);
  });

  it.skipIf(!canMakeReadOnly)('on a read-only disk is refused as well', () => {
    const path = ownStore();
    tamper(path, REWRITE_MARKS);
    undo.push(makeReadOnly(join(path, '..')));
    expect(refusal(() => openStore(path)).code).toBe('store.foreignSchema');
  });

  it('restored from a snapshot is refused, the competition left as it was', () => {
    const path = ownStore();
    const db = openStore(path);
    const snapshot = snapshotBefore(db, path, 'manual')!;
    db.close();
    tamper(snapshot.path, REWRITE_MARKS);
    const store = readFileSync(path);
    const error = refusal(() => restoreSnapshot(path, snapshot.name, (p) => openStore(p)));
    expect(error.code).toBe('store.foreignSchema');
    expect(readFileSync(path).equals(store)).toBe(true);
  });

  it('is refused by the app with the message in the user’s language', async () => {
    const path = ownStore();
    tamper(path, REWRITE_MARKS);
    const backend = createBackend({
      dataDir: tempDir(),
      settings: confSettings(join(tempDir(), 'config')),
      shell: 'browser',
      version: 'test',
    });
    const opened = await backend.dispatch('competitions.open', { path });
    expect(opened).toMatchObject({ ok: false, errors: [{ code: 'store.foreignSchema' }] });
    const [error] = (opened as { errors: AppError[] }).errors;
    expect(translate('zh-CN', error!.code, error!.params)).toContain('rewrite_marks');
    expect((await backend.dispatch('competitions.current', {})).ok).toBe(true);
    expect(backend.session.path).toBeNull();
  });

  it('is refused by the command line in the user’s language, exiting non-zero', async () => {
    const path = ownStore();
    tamper(path, 'CREATE VIEW all_marks AS SELECT * FROM scores');
    const cli = (...args: string[]) =>
      run(process.execPath, [bin, ...args]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
    const zh = await cli('show', path);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('视图“all_marks”');
    const en = await cli('results', path, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('view “all_marks”');
  });
});

describe('a competition file made by ScoreDesk', () => {
  it('opens, organizer’s and judge’s alike', () => {
    const path = ownStore();
    openStore(path).close();
    const dir = tempDir();
    const { db: organizer, judges } = organizerStore(dir);
    const laptop = judgeLaptop(organizer, judges[0]!.id, join(dir, 'judge'));
    laptop.db.close();
    organizer.close();
    openStore(laptop.path).close();
    openStore(join(dir, 'organizer.scoredesk')).close();
  });

  it('opens from an older ScoreDesk, migrated to the current version', () => {
    const path = join(tempDir(), 'old.scoredesk');
    versionOneStore(path).close();
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
    openStore(path).close();
  });
});

/**
 * A store as ScoreDesk's first version left it. No store files of old versions are kept as
 * fixtures: the first migration (never edited once shipped) is what made them.
 */
function versionOneStore(path: string): Database.Database {
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  migrations[0]!.up(raw);
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('user_version = 1');
  raw
    .prepare(
      `INSERT INTO competition (singleton, id, name, secret_key, template, created_at)
       VALUES (1, 'c1', '旧赛事', 'k', 'counselor', '2025-01-01')`,
    )
    .run();
  return raw;
}

describe('comparing definitions', () => {
  it('ignores layout and comments, never what a quote or a comment holds', () => {
    expect(normalizedSql('CREATE TABLE t (\n  a TEXT -- why\n)')).toBe('CREATE TABLE t ( a TEXT )');
    expect(normalizedSql("CREATE TABLE t (a DEFAULT 'x  -- y')")).toBe(
      "CREATE TABLE t (a DEFAULT 'x  -- y')",
    );
    // The second hides "b" in a comment: another definition.
    expect(normalizedSql('SELECT a -- c\n, b')).not.toBe(normalizedSql('SELECT a -- c , b'));
  });
});
