import type { Language } from '../../shared/api/app';
import type { LocalizedText } from '../../shared/domain/text';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import type { Db } from './database';
import { type SchemaDifference, schemaDifferences } from './ownSchema';

/** Enough to see what was done to the file; the rest is counted. */
const NAMED = 5;

/**
 * Refuses a store whose schema is not exactly what our migrations make at its version. Called on
 * a connection that has not written anything yet: a refused file is left byte for byte.
 */
export function assertOwnSchema(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const differences = schemaDifferences(db, version);
  if (differences.length === 0) return;
  throw AppFailure.of('store.foreignSchema', { path, found: described(differences) });
}

/** "an extra trigger “x”, a changed table “y”" in both languages: the renderer picks its own. */
function described(differences: readonly SchemaDifference[]): LocalizedText {
  const inLanguage = (language: Language) => {
    const items = differences.slice(0, NAMED).map(({ kind, type, name }) =>
      translate(language, `foreignStore.${kind}`, {
        type: translate(language, `foreignStore.type.${type}`),
        name,
      }),
    );
    const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
    if (differences.length <= NAMED) return list;
    return `${list} ${translate(language, 'foreignStore.more', { count: differences.length })}`;
  };
  return { zh: inLanguage('zh-CN'), en: inLanguage('en') };
}
