import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMark } from '../../shared/domain/markRules';
import { counselorTemplate } from '../../shared/templates/counselor';

const content = counselorTemplate.tracks[0]!.segments[0]!.criteria[0]!; // 科学内容, max 35, step 0.5

describe('a judge’s mark as typed', () => {
  it('accepts marks on the step within the range, full-width digits too', () => {
    expect(checkMark('30', content)).toEqual({ ok: true, value: 3000 });
    expect(checkMark('27.5', content)).toEqual({ ok: true, value: 2750 });
    expect(checkMark('３２．５', content)).toEqual({ ok: true, value: 3250 });
    expect(checkMark('0', content)).toEqual({ ok: true, value: 0 });
  });

  it('treats an empty cell as not scored, never as zero', () => {
    expect(checkMark('', content)).toEqual({ ok: true, value: null });
    expect(checkMark('  ', content)).toEqual({ ok: true, value: null });
  });

  it('says why a mark is refused', () => {
    expect(checkMark('36', content)).toMatchObject({
      ok: false,
      error: { code: 'mark.aboveMax', params: { max: '35' } },
    });
    expect(checkMark('27.3', content)).toMatchObject({
      ok: false,
      error: { code: 'mark.offStep', params: { step: '0.5' } },
    });
    expect(checkMark('abc', content)).toMatchObject({
      ok: false,
      error: { code: 'mark.notNumber' },
    });
    expect(checkMark('-1', content)).toMatchObject({
      ok: false,
      error: { code: 'mark.notNumber' },
    });
  });

  it('accepts exactly the multiples of the step up to the maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (hundredths) => {
        const text = (hundredths / 100).toFixed(2);
        const result = checkMark(text, content);
        expect(result.ok).toBe(hundredths <= content.max && hundredths % content.step === 0);
      }),
    );
  });
});
