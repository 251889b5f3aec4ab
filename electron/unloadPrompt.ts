import type { MessageBoxSyncOptions } from 'electron';
import type { Language } from '../shared/api/app';
import { translate } from '../shared/i18n/catalog';

/**
 * Electron cancels a close that the page's beforeunload refuses, silently: the window just stays.
 * The main process asks instead, in the app's language; staying is the default and Esc.
 */
export function unloadPrompt(language: Language): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: translate(language, 'unload.title'),
    message: translate(language, 'unload.title'),
    detail: translate(language, 'unload.message'),
    buttons: [translate(language, 'unload.leave'), translate(language, 'unload.stay')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** The button that lets the window close. */
export const LEAVE_BUTTON = 0;
