import { z } from 'zod';
import { openedSchema } from './competition';
import { defineCalls } from './define';

// Backups of a competition store: the snapshots kept next to it, and putting one back.

export const snapshotSchema = z.object({
  /** File name in the store's backups folder; what a restore names. */
  name: z.string(),
  /** ISO time the snapshot was taken. */
  at: z.string(),
  /** merge, lock, roster-import, sheet-import, restore, damaged… (`backup.reason.*`). */
  reason: z.string(),
  size: z.number(),
});
export type SnapshotView = z.infer<typeof snapshotSchema>;

const pathInput = z.string().min(1).max(4096);

export const safetyCalls = defineCalls({
  /** Snapshots of a store, newest first: the open one when `path` is left out. */
  'backups.list': {
    input: z.object({ path: pathInput.optional() }),
    output: z.object({
      path: z.string(),
      dir: z.string(),
      keep: z.number(),
      snapshots: z.array(snapshotSchema),
    }),
  },
  /**
   * Puts a snapshot back (the current state is kept first) and opens the store: from the backup
   * screen, or from the home screen when a damaged store was refused (`backup.storeDamaged`).
   */
  'backups.restore': {
    input: z.object({ path: pathInput.optional(), snapshot: z.string().min(1).max(300) }),
    output: openedSchema,
  },
});
