import { z } from 'zod';
import { code } from '../domain/text';
import { MAX_SEAT } from '../panel/seats';
import { defineCalls } from './define';

const id = z.number().int().positive();

/** A person of a track's panel as the panel page and the printed list show them. */
const seatedPerson = z.object({
  judgeId: id,
  name: z.string(),
  organization: z.string(),
  region: z.string(),
  phone: z.string(),
  /** Their seat on this panel (1号评委 …); null for whoever does not score it. */
  seat: z.number().int().nullable(),
});

export const panelView = z.object({
  track: code,
  /** Who scores, by seat. */
  members: z.array(seatedPerson),
  /** 裁判长; `scores`: also on the panel, with a seat. */
  headJudge: seatedPerson.extend({ scores: z.boolean() }).nullable(),
  /** 监审: watch and sign, never score. */
  supervisors: z.array(seatedPerson),
  /** The track has marks: seats may still change, but paper sheets and judge files go stale. */
  scored: z.boolean(),
  /** Results are locked: what was published names these seats, so they no longer change. */
  locked: z.boolean(),
});
export type PanelView = z.infer<typeof panelView>;

export const seatingCalls = defineCalls({
  'panel.get': { input: z.object({ track: code }), output: panelView },
  /** Every track's panel, in the organizer's order: the printable panel list. */
  'panel.list': { input: z.object({}), output: z.array(panelView) },
  'panel.setSeats': {
    input: z.object({
      track: code,
      seats: z
        .array(z.object({ judgeId: id, seat: z.number().int().min(1).max(MAX_SEAT) }))
        .max(200),
    }),
    /** staleJudgeFiles: the panel's judges whose issued judge file names another seat than now. */
    output: z.object({
      panel: panelView,
      staleJudgeFiles: z.array(z.object({ name: z.string(), seat: z.number().int().nullable() })),
    }),
  },
  'panel.setOfficials': {
    input: z.object({
      track: code,
      headJudgeId: id.nullable(),
      headJudgeScores: z.boolean(),
      supervisorIds: z.array(id).max(50),
      /** The organizer saw judge.joinsScoredPanel for a head judge who starts scoring. */
      confirmJoin: z.boolean().optional(),
    }),
    output: panelView,
  },
});
