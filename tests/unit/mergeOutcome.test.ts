import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellState } from '../../shared/api/judging';
import { cellStates } from '../../shared/api/judging';
import { JUDGE_FILE_FORMAT } from '../../shared/formats/judgeFile';
import { RESULTS_FILE_FORMAT } from '../../shared/formats/resultsFile';
import { completenessCounts } from '../../shared/merge/completenessCounts';
import {
  competitionInFileName,
  mergeOutcome,
  wrongFileKind,
} from '../../shared/merge/mergeOutcome';

describe('what a merged file came to', () => {
  const file = (applied: number, older: number, conflicts: number, refused = false) => ({
    refused,
    applied,
    older,
    conflicts,
  });

  it('says merged, duplicate, older, conflict or refused', () => {
    expect(mergeOutcome(file(3, 0, 0))).toBe('merged');
    expect(mergeOutcome(file(3, 2, 1))).toBe('merged');
    expect(mergeOutcome(file(0, 0, 0))).toBe('duplicate');
    expect(mergeOutcome(file(0, 4, 0))).toBe('older');
    expect(mergeOutcome(file(0, 4, 1))).toBe('conflict');
    expect(mergeOutcome(file(0, 0, 0, true))).toBe('refused');
  });

  it('calls a file merged exactly when it changed a mark, unless refused', () => {
    const n = fc.nat(1000);
    fc.assert(
      fc.property(n, n, n, fc.boolean(), (applied, older, conflicts, refused) => {
        const outcome = mergeOutcome(file(applied, older, conflicts, refused));
        expect(outcome === 'merged').toBe(!refused && applied > 0);
        expect(outcome === 'refused').toBe(refused);
      }),
    );
  });
});

describe('a file that is not a score file', () => {
  it('is named as what it is', () => {
    const wrong = (found: string) => ({ code: 'scoreFile.wrongFormat', params: { found } });
    expect(wrongFileKind(wrong(JUDGE_FILE_FORMAT))).toEqual({ code: 'merge.judgeFileGiven' });
    expect(wrongFileKind(wrong(RESULTS_FILE_FORMAT))).toEqual({ code: 'merge.resultsFileGiven' });
    expect(wrongFileKind(wrong('scoredesk.other'))).toEqual({ code: 'merge.notScoreFile' });
    const other = { code: 'merge.badSignature', params: { judge: '评委1' } };
    expect(wrongFileKind(other)).toBe(other);
  });

  it('reads the competition from a score file’s own name, and nothing from a renamed one', () => {
    expect(
      competitionInFileName('江苏赛区选拔赛 - 评委陈明 - 20261021-093000-2.scoredesk-scores'),
    ).toBe('江苏赛区选拔赛');
    expect(competitionInFileName('a - b - 评委1 - 20261021-093000-1.scoredesk-scores')).toBe(
      'a - b',
    );
    expect(competitionInFileName('judge1.scoredesk-scores')).toBeUndefined();
    expect(competitionInFileName(' - 评委1 - 20261021-093000-1.scoredesk-scores')).toBeUndefined();
  });
});

describe('the completeness line', () => {
  it('never counts a recused cell as done or as due', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<CellState>(...cellStates)), (states) => {
        const counts = completenessCounts(states);
        const recused = states.filter((s) => s === 'recused').length;
        expect(counts.recused).toBe(recused);
        expect(counts.total).toBe(states.length - recused);
        expect(counts.done).toBeLessThanOrEqual(counts.total);
        expect(counts.submitted).toBeLessThanOrEqual(counts.done);
      }),
    );
    expect(completenessCounts(['submitted', 'scored', 'partial', 'recused', 'missing'])).toEqual({
      done: 2,
      submitted: 1,
      total: 4,
      recused: 1,
    });
  });
});
