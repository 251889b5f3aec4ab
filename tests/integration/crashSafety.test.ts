import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { openStore } from '../../electron/store/database';
import { tempDirsForEachTest } from '../helpers/tempDir';

const KILLS = Number(process.env.SCOREDESK_CRASH_KILLS ?? 50);
const root = join(import.meta.dirname, '..', '..');
const tempDir = tempDirsForEachTest();

/** Runs the writer until it has acknowledged some marks, then kills it without warning. */
function runAndKill(args: string[], afterAcks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'tests/helpers/crashWriter.ts'), ...args],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').length > afterAcks && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${errors}`));
      // The last line may be cut mid-write: only whole lines were acknowledged.
      resolve(output.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged mark through ${KILLS} kills at random moments`, {
    timeout: 600_000,
  }, async () => {
    const path = join(tempDir(), 'crash.scoredesk');
    const db = createCompetitionStore(
      path,
      { name: '断电测试', edition: '', venue: '', startDate: '', endDate: '' },
      'counselor',
    );
    fillDemo(db, { seed: 7, entriesPerTrack: 3, judgesPerTrack: 1, blankShare: 1 });
    const judge = (
      db
        .prepare(
          "SELECT judge_id AS id FROM panel_members p JOIN tracks t ON t.id = p.track_id WHERE t.code = 'drama'",
        )
        .get() as { id: number }
    ).id;
    const entries = (
      db
        .prepare(
          "SELECT e.id FROM entries e JOIN tracks t ON t.id = e.track_id WHERE t.code = 'drama'",
        )
        .all() as Array<{ id: number }>
    ).map((r) => r.id);
    const criteria = (
      db
        .prepare(
          "SELECT c.id FROM criteria c JOIN tracks t ON t.id = c.track_id WHERE t.code = 'drama'",
        )
        .all() as Array<{ id: number }>
    ).map((r) => r.id);
    db.close();

    const acknowledged = new Map<string, { value: number; revision: number }>();
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(
        [path, String(judge), JSON.stringify(entries), JSON.stringify(criteria)],
        1 + Math.floor(Math.random() * 400),
      );
      for (const line of lines) {
        const [entryId, criterionId, value, revision] = line.split(' ').map(Number);
        acknowledged.set(`${entryId}:${criterionId}`, { value: value!, revision: revision! });
      }
      totalAcks += lines.length;

      const check = openStore(path);
      try {
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Map(
          (
            check
              .prepare(
                'SELECT entry_id, criterion_id, value, revision FROM scores WHERE judge_id = ?',
              )
              .all(judge) as Array<{
              entry_id: number;
              criterion_id: number;
              value: number;
              revision: number;
            }>
          ).map((r) => [`${r.entry_id}:${r.criterion_id}`, r]),
        );
        for (const [cell, ack] of acknowledged) {
          const row = stored.get(cell);
          expect(row, `acknowledged mark ${cell} lost after kill ${kill + 1}`).toBeDefined();
          // The writer restarts its revisions from 1 each run, so the store keeps the highest.
          expect(row!.revision).toBeGreaterThanOrEqual(ack.revision);
          if (row!.revision === ack.revision) expect(row!.value).toBe(ack.value);
        }
      } finally {
        check.close();
      }
    }
    console.log(`crash safety: ${KILLS} kills, ${totalAcks} acknowledged saves, none lost`);
    expect(totalAcks).toBeGreaterThan(KILLS);
  });
});
