import { format } from 'node:util';
import type { Language } from '../../shared/api/app';
import { terminalText } from '../../shared/domain/textKey';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { diskFailure } from '../store/diskFaults';

/** The CLI speaks Chinese unless told otherwise, like the app. */
export function cliLanguage(flag: string | undefined): Language {
  const wanted = flag ?? process.env.SCOREDESK_LANG;
  return wanted?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Prints user-facing failures in the user's language; anything else is a bug and says so. */
export function reportFailure(error: unknown, language: Language): number {
  const disk = diskFailure(error);
  if (disk) return reportFailure(disk, language);
  if (error instanceof AppFailure) {
    for (const e of error.errors) console.error(translate(language, e.code, e.params));
    return 1;
  }
  console.error(translate(language, 'error.unexpected', { detail: String(error) }));
  return 2;
}

let guarded = false;

/**
 * Everything the CLI prints goes through terminalText: a name or a file name from outside could
 * otherwise carry escape sequences (clear the screen, retitle the window, fake a prompt) or a
 * right-to-left override that shows one file name as another. Once per process, before printing.
 */
export function guardTerminal(): void {
  if (guarded) return;
  guarded = true;
  for (const method of ['log', 'error', 'warn', 'info'] as const) {
    const print = console[method].bind(console);
    console[method] = (...args: unknown[]) => print(terminalText(format(...args)));
  }
}
