/**
 * A seeded pseudo-random generator (mulberry32): the draw of performance order is recorded by its
 * seed, so anyone can redo it and get the same order.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator; the input order must itself be fixed (e.g. by entry no). */
export function drawOrder<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Entries added after the draw go to the end, in the order they came (DOMAIN: "entries added
 * late go to the end"): the next numbers after the current last, never beside a drawn number.
 */
export function lateOrder(waiting: readonly number[], last: number): Array<[number, number]> {
  return waiting.map((id, i) => [id, last + i + 1]);
}
