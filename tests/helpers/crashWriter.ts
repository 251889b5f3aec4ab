// A child process that saves marks through the scoring sheet's own path (setSheetScore on a
// judge's store), one acknowledged save at a time, and prints each acknowledgement. The crash
// test kills it.
import { setSheetScore } from '../../electron/services/sheetService';
import { openStore } from '../../electron/store/database';

const [path, entries, criteria] = process.argv.slice(2);
const db = openStore(path!);
const entryIds = JSON.parse(entries!) as number[];
const cells = JSON.parse(criteria!) as Array<{ code: string; max: number; step: number }>;

for (let round = 1; ; round++) {
  for (const entryId of entryIds) {
    for (const [i, c] of cells.entries()) {
      // Every round changes every mark, so every save is a new revision.
      const steps = c.max / c.step;
      const value = ((round + entryId + i) % (steps + 1)) * c.step;
      const { revision } = setSheetScore(db, { entryId, criterion: c.code, value });
      // Only after the save returned is the mark acknowledged.
      process.stdout.write(`${entryId} ${c.code} ${value} ${revision}\n`);
    }
  }
}
