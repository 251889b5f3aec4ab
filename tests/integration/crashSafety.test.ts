import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { exportJudgeFile, openJudgeFile } from '../../electron/services/judgeFileService';
import { readSheet } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudges } from '../../electron/store/judgesTable';
import { readTracks } from '../../electron/store/tracksTable';
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
    const organizer = createCompetitionStore(
      join(tempDir(), 'organizer.scoredesk'),
      { name: '断电测试', edition: '', venue: '', startDate: '', endDate: '' },
      'counselor',
    );
    fillDemo(organizer, { seed: 7, entriesPerTrack: 3, judgesPerTrack: 1, blankShare: 1 });
    const judgeId = readJudges(organizer).find((j) => j.tracks.includes('drama'))!.id;
    // The judge's own laptop: the store made from the judge file, as the sheet writes it.
    const path = openJudgeFile(tempDir(), exportJudgeFile(organizer, judgeId).content);
    organizer.close();
    const judgeStore = openStore(path);
    const entries = readEntries(judgeStore, 'drama').map((e) => e.id);
    const criteria = readTracks(judgeStore)
      .find((t) => t.code === 'drama')!
      .segments.filter((s) => s.kind === 'judged')
      .flatMap((s) => s.criteria.map(({ code, max, step }) => ({ code, max, step })));
    judgeStore.close();

    const acknowledged = new Map<string, { value: number; revision: number }>();
    let totalAcks = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(
        [path, JSON.stringify(entries), JSON.stringify(criteria)],
        1 + Math.floor(Math.random() * 400),
      );
      for (const line of lines) {
        const [entryId, criterion, value, revision] = line.split(' ');
        acknowledged.set(`${entryId}:${criterion}`, {
          value: Number(value),
          revision: Number(revision),
        });
      }
      totalAcks += lines.length;

      const check = openStore(path);
      try {
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Map(
          readSheet(check).scores.map((r) => [`${r.entryId}:${r.criterion}`, r]),
        );
        for (const [cell, ack] of acknowledged) {
          const row = stored.get(cell);
          expect(row, `acknowledged mark ${cell} lost after kill ${kill + 1}`).toBeDefined();
          // A later run may have saved the cell again after its last acknowledged save.
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
