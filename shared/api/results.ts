import { z } from 'zod';
import { code, hundredths } from '../domain/text';
import { blockingFlags, type LockBlocker, type TrackResults } from '../scoring';
import { languages } from './app';
import { defineCalls } from './define';

const id = z.number().int().positive();
/** Required by the store only once the track's results are locked. */
const changeReason = z.string().trim().max(500).optional();

/** What the results screen shows for one track: computed, explained, with its lock state. */
export interface TrackResultsView {
  results: TrackResults;
  /** What the head judge must confirm, kind by kind, before locking. */
  blockers: LockBlocker[];
  /** At least one competing entry has a panel score: a lock would publish something. */
  publishable: boolean;
  entries: Array<{
    id: number;
    no: string;
    name: string;
    organization: string;
    region: string;
    title: string;
  }>;
  /** The panel by seat (1号评委 …): the columns of every results screen and sheet. */
  judges: Array<{ id: number; name: string; seat: number | null }>;
  penalties: Array<{
    id: number;
    entryId: number;
    rule: string | null;
    points: number;
    reason: string;
    createdAt: string;
  }>;
  singleAwards: Array<{ id: number; entryId: number; name: string }>;
  lock: {
    version: number;
    lockedAt: string;
    lockedBy: string;
    reason: string;
    inputHash: string;
    current: boolean;
  } | null;
  inputHash: string;
}

export const resultsCalls = defineCalls({
  'results.get': {
    input: z.object({ track: code }),
    output: z.custom<TrackResultsView>(),
  },
  'results.lock': {
    input: z.object({
      track: code,
      by: z.string().trim().min(1).max(100),
      reason: z.string().trim().max(500),
      /** The kinds of blocking flag the head judge confirmed (TrackResultsView.blockers). */
      acknowledged: z.array(z.enum(blockingFlags)).max(blockingFlags.length).default([]),
    }),
    output: z.object({ version: z.number() }),
  },
  'objective.set': {
    input: z.object({
      entryId: id,
      criterion: code,
      value: hundredths.nullable(),
      reason: changeReason,
    }),
    output: z.object({}),
  },
  'penalties.add': {
    input: z.object({
      entryId: id,
      rule: code.nullable(),
      points: hundredths.min(1),
      reason: z.string().trim().min(1).max(500),
    }),
    output: z.object({}),
  },
  'penalties.remove': { input: z.object({ id, reason: changeReason }), output: z.object({}) },
  'singleAwards.add': {
    input: z.object({ entryId: id, name: z.string().trim().min(1).max(100), reason: changeReason }),
    output: z.object({}),
  },
  'singleAwards.remove': { input: z.object({ id, reason: changeReason }), output: z.object({}) },
  /** The published results as an .xlsx file (one track, or every track with entries). */
  'results.exportWorkbook': {
    input: z.object({ track: code.optional(), language: z.enum(languages) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
});
