import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../shared/domain/dateText';

describe('dates as typed at the head table', () => {
  it('reads the ways people write a date as YYYY-MM-DD', () => {
    for (const typed of [
      '2026-05-18',
      '2026/5/18',
      '2026.5.18',
      '2026年5月18日',
      '20260518',
      ' 2026-5-18 ',
      '２０２６－０５－１８',
    ]) {
      expect(normalizeDate(typed), typed).toBe('2026-05-18');
    }
  });

  it('keeps a blank blank and refuses what is no date of the calendar', () => {
    expect(normalizeDate('')).toBe('');
    for (const typed of ['2026-02-30', '2026-13-01', '18/05/2026', '明天', '2026-05']) {
      expect(normalizeDate(typed), typed).toBeNull();
    }
    expect(normalizeDate('2028-02-29')).toBe('2028-02-29');
  });
});
