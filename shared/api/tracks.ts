import { z } from 'zod';
import { trackSchema } from '../domain/rubric';
import { code, localizedText } from '../domain/text';
import { defineCalls } from './define';

export const trackCalls = defineCalls({
  'tracks.add': {
    input: z.object({ name: localizedText }),
    output: trackSchema,
  },
  'tracks.save': {
    /**
     * `code` names the track as stored; the track itself may carry a new code. A change that
     * leaves marks off their scale is refused with them listed (track.markOffScale), unless
     * `force` gives the reason to apply it anyway (the marks are then flagged, not counted).
     */
    input: z.object({
      code,
      track: trackSchema,
      force: z.object({ reason: z.string().trim().max(500) }).optional(),
    }),
    output: z.object({
      track: trackSchema,
      /** Judges whose issued judge file this change made stale: issue theirs again. */
      reissue: z.array(z.object({ judgeId: z.number().int(), judge: z.string() })),
      /** How many marks are now off their scale (applied anyway). */
      offScale: z.number().int(),
    }),
  },
  'tracks.remove': { input: z.object({ code }), output: z.object({}) },
});
