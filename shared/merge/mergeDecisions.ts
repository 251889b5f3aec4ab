// What merging a judge's score file does to each cell, decided without a database so that the
// rules — idempotent, order-free, newer revision wins, conflicts shown and never guessed — can be
// tested on their own. The merge service reads the stored cells, asks here, and writes.

/** One judge's mark for one entry and criterion; value null is a cleared cell (blank, not zero). */
export interface Cell {
  value: number | null;
  revision: number;
}

/**
 * apply: nothing stored yet, or the incoming revision is newer.
 * older: the store already holds a newer revision.
 * unchanged: the same revision with the same value (or a conflict the organizer already decided).
 * conflict: the same revision with a different value — two histories of one cell; a person decides.
 */
export type Decision = 'apply' | 'older' | 'unchanged' | 'conflict';

export interface IncomingCell extends Cell {
  /** Identifies the cell within one judge's marks, e.g. `${entryId}:${criterion}`. */
  key: string;
}

export interface MergeCounts {
  applied: number;
  unchanged: number;
  older: number;
  conflicts: number;
}

/** Names one exact conflict: this cell, at this revision, arriving with this value. */
export function conflictKey(key: string, revision: number, value: number | null): string {
  return `${key}@${revision}=${value ?? 'blank'}`;
}

export function decideCell(
  stored: Cell | undefined,
  incoming: Cell,
  alreadyResolved = false,
): Decision {
  if (stored === undefined || incoming.revision > stored.revision) return 'apply';
  if (incoming.revision < stored.revision) return 'older';
  if (incoming.value === stored.value) return 'unchanged';
  return alreadyResolved ? 'unchanged' : 'conflict';
}

/** Per incoming cell, by its index in the file (arrays, not an object per cell: 20,000 a file). */
export interface FileDecisions {
  decisions: Decision[];
  /** The cell as it stood when decided, the file's earlier cells applied. */
  before: Array<Cell | undefined>;
  counts: MergeCounts;
}

/**
 * Decides every cell of one file. Cells are taken in file order against the store as it would be
 * after the earlier ones, so a file naming a cell twice is still decided consistently. `distinct`:
 * the caller guarantees that no key comes twice (the score file check refuses such a file), so
 * the applied cells need not be tracked — for a judge's first file, no key is even hashed.
 */
export function decideFile(
  stored: ReadonlyMap<string, Cell>,
  incoming: readonly IncomingCell[],
  resolved: ReadonlySet<string> = new Set(),
  distinct = false,
): FileDecisions {
  const current = new Map<string, Cell>();
  const storedCell = (key: string) => (stored.size > 0 ? stored.get(key) : undefined);
  const counts: MergeCounts = { applied: 0, unchanged: 0, older: 0, conflicts: 0 };
  const decisions = new Array<Decision>(incoming.length);
  const before = new Array<Cell | undefined>(incoming.length);
  for (let i = 0; i < incoming.length; i++) {
    const cell = incoming[i]!;
    const was = distinct ? storedCell(cell.key) : (current.get(cell.key) ?? storedCell(cell.key));
    let decision = decideCell(was, cell);
    // Only a would-be conflict can have been decided already: its key is built for it alone.
    if (decision === 'conflict' && resolved.has(conflictKey(cell.key, cell.revision, cell.value))) {
      decision = 'unchanged';
    }
    if (decision === 'apply') {
      if (!distinct) current.set(cell.key, { value: cell.value, revision: cell.revision });
      counts.applied++;
    } else if (decision === 'older') counts.older++;
    else if (decision === 'unchanged') counts.unchanged++;
    else counts.conflicts++;
    decisions[i] = decision;
    before[i] = was;
  }
  return { decisions, before, counts };
}

/** The store after merging one file: only 'apply' changes a cell; a conflict leaves it alone. */
export function mergeCells(
  stored: ReadonlyMap<string, Cell>,
  incoming: readonly IncomingCell[],
  resolved: ReadonlySet<string> = new Set(),
): { cells: Map<string, Cell>; counts: MergeCounts } {
  const { decisions, counts } = decideFile(stored, incoming, resolved);
  const cells = new Map(stored);
  incoming.forEach((cell, i) => {
    if (decisions[i] === 'apply')
      cells.set(cell.key, { value: cell.value, revision: cell.revision });
  });
  return { cells, counts };
}
