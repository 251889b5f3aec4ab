import { z } from 'zod';
import { defineCalls } from './define';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export const settingsSchema = z.object({
  language: z.enum(languages),
  role: z.enum(['organizer', 'judge']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appCalls = defineCalls({
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      /** electron: the desktop window; browser: served by the local host. */
      shell: z.enum(['electron', 'browser']),
      dataDir: z.string(),
    }),
  },
  'settings.get': { input: z.object({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema },
});
