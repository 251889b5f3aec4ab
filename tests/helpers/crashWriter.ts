// A child process that saves marks through the store the way the scoring sheet does, one
// acknowledged write at a time, and prints each acknowledgement. The crash test kills it.
import { openStore } from '../../electron/store/database';
import { writeScore } from '../../electron/store/marksTable';

const [path, judge, entries, criteria] = process.argv.slice(2);
const db = openStore(path!);
const entryIds = JSON.parse(entries!) as number[];
const criterionIds = JSON.parse(criteria!) as number[];
const save = db.transaction((score: Parameters<typeof writeScore>[1]) => writeScore(db, score));

for (let revision = 1; ; revision++) {
  for (const entryId of entryIds) {
    for (const criterionId of criterionIds) {
      const value = ((revision * 7 + entryId * 3 + criterionId) % 20) * 50;
      save({
        judgeId: Number(judge),
        entryId,
        criterionId,
        value,
        revision,
        updatedAt: new Date().toISOString(),
      });
      // Only after the commit returned is the mark acknowledged.
      process.stdout.write(`${entryId} ${criterionId} ${value} ${revision}\n`);
    }
  }
}
