import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { hashInput, scoringInput } from '../../electron/services/resultsService';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

describe('the input hash of a track’s results', () => {
  it('ignores the order marks were read in, and changes with any mark', () => {
    const db = createCompetitionStore(join(tempDir(), 'h.scoredesk'), sampleInfo, 'counselor');
    fillDemo(db, { seed: 3, entriesPerTrack: 6, judgesPerTrack: 5 });
    const { input } = scoringInput(db, 'exhibit');
    db.close();
    const hash = hashInput(input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const shuffled = {
      ...input,
      scores: [...input.scores].reverse(),
      entries: [...input.entries].reverse(),
    };
    expect(hashInput(shuffled)).toBe(hash);
    const [first, ...others] = input.scores;
    const changed = { ...input, scores: [{ ...first!, value: first!.value + 50 }, ...others] };
    expect(hashInput(changed)).not.toBe(hash);
  });
});
