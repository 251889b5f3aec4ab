import type { CellState } from '../api/judging';

/**
 * The completeness line's counts. done: every mark there (submitted or not); total: the cells a
 * judge must fill — recused ones are neither done nor due, and are counted apart.
 */
export function completenessCounts(states: readonly CellState[]) {
  const count = (state: CellState) => states.filter((s) => s === state).length;
  const recused = count('recused');
  const submitted = count('submitted');
  return {
    done: submitted + count('scored'),
    submitted,
    total: states.length - recused,
    recused,
  };
}
