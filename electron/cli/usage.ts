import type { Language } from '../../shared/api/app';
import { translate } from '../../shared/i18n/catalog';

export function usage(language: Language): string {
  // Each area adds its own lines (signed publication has its own catalog file).
  return (
    translate(language, 'cli.usage') +
    translate(language, 'signedResults.usage') +
    translate(language, 'lan.usage')
  );
}
