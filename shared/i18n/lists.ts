import type { Language } from '../api/app';

/** A list in running text: 甲、乙、丙 in Chinese, "A, B, C" in English. */
export function joinList(language: Language, items: readonly string[]): string {
  return items.join(language === 'zh-CN' ? '、' : ', ');
}
