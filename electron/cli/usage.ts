import type { Language } from '../../shared/api/app';
import { translate } from '../../shared/i18n/catalog';

export function usage(language: Language): string {
  return translate(language, 'cli.usage');
}
