import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../shared/i18n/catalog';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  const zh = catalogs['zh-CN'];
  const en = catalogs.en;

  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('writes the Chinese side in Chinese', () => {
    const han = /\p{Script=Han}/u;
    const untranslated = Object.entries(zh).filter(([, text]) => !han.test(text));
    // Only symbols and the language switch's own label may be without Chinese characters.
    expect(untranslated.map(([key]) => key)).toEqual(['language.switch']);
  });

  it('fills parameters, taking the reader’s side of bilingual ones', () => {
    const params = {
      criterion: { zh: '科学内容', en: 'Scientific content' },
      step: '40',
      max: '35',
    };
    expect(translate('zh-CN', 'rubric.stepAboveMax', params)).toBe(
      '评分项“科学内容”的步长 40 大于满分 35。',
    );
    expect(translate('en', 'rubric.stepAboveMax', params)).toBe(
      'Criterion “Scientific content”: the step 40 is larger than the maximum 35.',
    );
  });
});

describe('English numbers', () => {
  it('say one entry, two entries (Chinese has no plural)', () => {
    expect(translate('en', 'overview.entries', { count: 1 })).toBe('1 entry');
    expect(translate('en', 'overview.entries', { count: 2 })).toBe('2 entries');
    expect(translate('en', 'overview.entries', { count: 0 })).toBe('0 entries');
    expect(translate('en', 'sheetScreen.blanksTitle', { cells: 1, rows: 3 })).toBe(
      '1 mark still blank (3 contestants)',
    );
    expect(translate('zh-CN', 'overview.entries', { count: 1 })).not.toMatch(/[|:]/);
  });

  it('never leave a plural choice unfilled where the number is given', () => {
    const choices = Object.entries(catalogs.en).filter(([, text]) => /\{\w+:/.test(text));
    expect(choices.length).toBeGreaterThan(5);
    for (const [key, text] of choices) {
      const names = [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
      const params = Object.fromEntries(names.map((n) => [n, 2]));
      const out = translate('en', key as never, params);
      expect(out, key).not.toMatch(/[{}|]/);
    }
  });
});

describe('the catalog areas', () => {
  it('never define the same key twice (a later area would silently win)', async () => {
    const { areas } = await import('../../shared/i18n/catalog');
    const seen = new Map<string, number>();
    const twice: string[] = [];
    for (const [index, area] of areas.entries()) {
      for (const key of Object.keys(area['zh-CN'])) {
        if (seen.has(key)) twice.push(key);
        seen.set(key, index);
      }
    }
    expect(twice).toEqual([]);
  });
});
