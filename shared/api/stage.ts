import { z } from 'zod';
import {
  type CeremonyOptions,
  type CeremonyStep,
  ceremonyOptionsSchema,
} from '../ceremony/awardsScript';
import { type CertificateLayout, certificateLayoutSchema } from '../ceremony/certificateLayout';
import type { TrackConsistency } from '../consistency/judgeConsistency';
import { DEFAULT_DEVIATION_PERCENT } from '../consistency/judgeConsistency';
import { code } from '../domain/text';
import { defineCalls } from './define';

/** Where a track's results in the ceremony come from. */
export type CeremonyTrackState = 'locked' | 'changedSinceLock' | 'notLocked';

export interface CeremonyScript {
  steps: CeremonyStep[];
  /** Every track with awards, in the competition's order: whether the ceremony reads a lock. */
  tracks: Array<{ code: string; state: CeremonyTrackState; version: number | null }>;
}

export const backgroundTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** 6 MB of image as base64: a phone photo or a scan of the blank paper at 150 dpi. */
export const MAX_BACKGROUND_BASE64 = 8_000_000;

export interface CeremonySettings {
  options: CeremonyOptions;
  layout: CertificateLayout;
  /** The blank certificate paper, shown under the preview only (never printed). */
  background: { type: (typeof backgroundTypes)[number]; base64: string } | null;
}

export interface ConsistencyView extends TrackConsistency {
  /** The threshold as a share of the judged full marks (percent). */
  thresholdPercent: number;
  /** Judged full marks, hundredths. */
  fullMarks: number;
  lock: { version: number; current: boolean } | null;
}

export const stageCalls = defineCalls({
  /** Judge consistency before locking: descriptive figures per judge of the track's panel. */
  'consistency.get': {
    input: z.object({
      track: code,
      thresholdPercent: z
        .number()
        .min(1)
        .max(50)
        .multipleOf(0.5)
        .default(DEFAULT_DEVIATION_PERCENT),
    }),
    output: z.custom<ConsistencyView>(),
  },
  /** The ceremony in presentation order, every track with awards. */
  'ceremony.script': {
    input: z.object({ options: ceremonyOptionsSchema }),
    output: z.custom<CeremonyScript>(),
  },
  'ceremony.settings': { input: z.object({}), output: z.custom<CeremonySettings>() },
  'ceremony.saveSettings': {
    input: z.object({ options: ceremonyOptionsSchema, layout: certificateLayoutSchema }),
    output: z.custom<CeremonySettings>(),
  },
  /** The image of the blank certificate paper; null takes it away. */
  'ceremony.setBackground': {
    input: z.object({
      background: z
        .object({
          type: z.enum(backgroundTypes),
          base64: z.string().min(1).max(MAX_BACKGROUND_BASE64),
        })
        .nullable(),
    }),
    output: z.custom<CeremonySettings>(),
  },
});
