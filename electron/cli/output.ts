import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';

/** The CLI speaks Chinese unless told otherwise, like the app. */
export function cliLanguage(flag: string | undefined): Language {
  const wanted = flag ?? process.env.SCOREDESK_LANG;
  return wanted?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Prints user-facing failures in the user's language; anything else is a bug and says so. */
export function reportFailure(error: unknown, language: Language): number {
  if (error instanceof AppFailure) {
    for (const e of error.errors) console.error(translate(language, e.code, e.params));
    return 1;
  }
  console.error(translate(language, 'error.unexpected', { detail: String(error) }));
  return 2;
}
