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
    /** `code` names the track as stored; the track itself may carry a new code. */
    input: z.object({ code, track: trackSchema }),
    output: trackSchema,
  },
  'tracks.remove': { input: z.object({ code }), output: z.object({}) },
});
