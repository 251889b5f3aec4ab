import type { Language } from '../api/app';
import type { MessageParam } from '../errors';
import { batch } from './messages/batch';
import { cli } from './messages/cli';
import { common } from './messages/common';
import { competitions } from './messages/competitions';
import { desktop } from './messages/desktop';
import { entryGrids } from './messages/entryGrids';
import { errors } from './messages/errors';
import { exportMessages } from './messages/export';
import { exportPrint } from './messages/exportPrint';
import { foreignStore } from './messages/foreignStore';
import { hallScreen } from './messages/hallScreen';
import { home } from './messages/home';
import { importMessages } from './messages/import';
import { judgePage } from './messages/judgePage';
import { judging } from './messages/judging';
import { lan } from './messages/lan';
import { livePush } from './messages/livePush';
import { onStage } from './messages/onStage';
import { panels } from './messages/panels';
import { paperSheets } from './messages/paperSheets';
import { pointsImport } from './messages/pointsImport';
import { print } from './messages/print';
import { publication } from './messages/publication';
import { results } from './messages/results';
import { roster } from './messages/roster';
import { rubric } from './messages/rubric';
import { safety } from './messages/safety';
import { seating } from './messages/seating';
import { signedResults } from './messages/signedResults';
import { stage } from './messages/stage';
import { status } from './messages/status';

/**
 * One catalog, split by area: each area file holds zh-CN and en side by side, and the en half is
 * typed against the zh-CN keys so a missing translation fails the type check.
 */
export const areas = [
  common,
  errors,
  home,
  competitions,
  rubric,
  roster,
  cli,
  results,
  publication,
  exportMessages,
  exportPrint,
  panels,
  judging,
  safety,
  paperSheets,
  importMessages,
  foreignStore,
  status,
  signedResults,
  seating,
  desktop,
  entryGrids,
  print,
  batch,
  pointsImport,
  lan,
  stage,
  judgePage,
  hallScreen,
  livePush,
  onStage,
] as const;

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { 'zh-CN': infer Z } ? keyof Z : never;
export type MessageKey = KeysOf<Area> & string;

export const catalogs: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': Object.assign({}, ...areas.map((area) => area['zh-CN'])),
  en: Object.assign({}, ...areas.map((area) => area.en)),
};

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs['zh-CN'], key);
}

/**
 * "{name} 已保存" + { name } → text; bilingual parameters take the language's side. English
 * nouns follow their number: "{count} {count:entry|entries}" gives "1 entry", "2 entries".
 */
export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, MessageParam>,
): string {
  const template = catalogs[language][key] ?? key;
  return template.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one, many) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : many;
    if (typeof value === 'object') return language === 'zh-CN' ? value.zh : value.en;
    return String(value);
  });
}
