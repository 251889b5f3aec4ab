import { describe, expect, it } from 'vitest';
import { catalogs, isMessageKey, translate } from '../../../shared/i18n/catalog';
import { judgeStatuses, panelRules, resultFlags } from '../../../shared/scoring';

describe('results messages', () => {
  const keys = [
    ...resultFlags.map((flag) => `flag.${flag}`),
    ...panelRules.map((rule) => `rule.${rule}`),
    ...judgeStatuses.map((status) => `judgeStatus.${status}`),
    'tieBreak.untrimmedMean',
    'tieBreak.criterion',
    'tieBreak.segment',
    'results.conflictingScore',
    'results.conflictingObjective',
  ];

  it.each(keys)('%s exists in zh-CN and en', (key) => {
    expect(isMessageKey(key)).toBe(true);
    if (!isMessageKey(key)) return;
    expect(catalogs['zh-CN'][key]).toMatch(/\S/);
    expect(catalogs.en[key]).toMatch(/\S/);
    expect(catalogs['zh-CN'][key]).not.toBe(catalogs.en[key]);
  });

  it('fills the parameters of an engine error', () => {
    const params = { judge: '王老师', entry: '007', criterion: 'content' };
    expect(translate('zh-CN', 'results.conflictingScore', params)).toContain('王老师');
    expect(translate('en', 'results.conflictingScore', params)).toContain('entry 007');
  });
});
