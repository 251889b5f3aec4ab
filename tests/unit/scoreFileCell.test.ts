import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWith } from '../../electron/services/signing';
import { MAX_HUNDREDTHS } from '../../shared/domain/text';
import { parseScoreFile, scoreFileSchema } from '../../shared/formats/scoreFile';
import { isScoreFileCell, scoreFileCellSchema } from '../../shared/formats/scoreFileCell';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { judgeKeys, scoreFileHead } from '../helpers/scoreFileHead';

// The hand-written cell check must accept exactly what the zod schema accepts: zod is the
// specification, the hand check its fast path.

const MAX_ID = 2 ** 31 - 1;
const fields = [
  'entryId',
  'entryNo',
  'track',
  'criterion',
  'value',
  'revision',
  'updatedAt',
] as const;

const id = fc.integer({ min: 1, max: MAX_ID });
const code = fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/);
/** Any UTF-16 code units, lone surrogates included: zod counts a string's length in them. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const text = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), codeUnit),
    minLength,
    maxLength,
  });
const validCell = fc.record({
  entryId: id,
  entryNo: text(1, 40),
  track: code,
  criterion: code,
  value: fc.option(fc.integer({ min: 0, max: MAX_HUNDREDTHS }), { nil: null }),
  revision: id,
  updatedAt: text(0, 40),
});

/** Numbers at and beyond every limit; `json`: only those a JSON text can hold. */
const edgeNumber = (json: boolean) =>
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1.5,
    MAX_ID,
    MAX_ID + 1,
    MAX_HUNDREDTHS,
    MAX_HUNDREDTHS + 1,
    2 ** 53,
    ...(json ? [] : [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
  );
const edgeText = fc.oneof(
  fc.constantFrom('', 'a', 'A', '1a', 'a_b', 'a-', 'é', 'a\n', 'a'.repeat(40), 'a'.repeat(41)),
  text(39, 42),
);
const edgeValue = (json: boolean) =>
  fc.oneof(
    edgeNumber(json),
    edgeText,
    json ? fc.jsonValue() : fc.anything(),
    fc.constantFrom(null, true, '7', [], {}, [1], { value: 1 }),
  );
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** A valid cell with one thing changed: a field's value, a field gone, or a key added. */
const mutatedCell = (json: boolean) =>
  fc.oneof(
    fc
      .tuple(validCell, fc.constantFrom(...fields), edgeValue(json))
      .map(([cell, field, value]) => ({ ...cell, [field]: value })),
    fc.tuple(validCell, fc.constantFrom(...fields)).map(([cell, field]) => {
      const copy: Record<string, unknown> = { ...cell };
      delete copy[field];
      return copy;
    }),
    fc
      .tuple(
        validCell,
        json
          ? fc.string().filter((k) => !FORBIDDEN.includes(k))
          : fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString')),
        edgeValue(json),
      )
      .map(([cell, key, value]) => {
        const copy: Record<string, unknown> = { ...cell };
        Object.defineProperty(copy, key, { value, enumerable: true, writable: true });
        return copy;
      }),
  );
/** Every field drawn from valid and edge values at once. */
const mixedCell = fc.record(
  Object.fromEntries(
    fields.map((f) => [
      f,
      fc.oneof(
        edgeValue(false),
        validCell.map((c) => c[f]),
      ),
    ]),
  ),
);

function agree(cell: unknown): void {
  expect(isScoreFileCell(cell)).toBe(scoreFileCellSchema.safeParse(cell).success);
}

describe('the hand-written score cell check', () => {
  it('accepts every valid cell, and zod’s output is then the cell itself', () => {
    fc.assert(
      fc.property(validCell, (cell) => {
        expect(isScoreFileCell(cell)).toBe(true);
        expect(scoreFileCellSchema.parse(cell)).toEqual(cell);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with zod on cells with one thing wrong', () => {
    fc.assert(fc.property(mutatedCell(false), agree), { numRuns: 5000 });
  });

  it('agrees with zod on cells mixing valid and edge values, and on anything at all', () => {
    fc.assert(fc.property(mixedCell, agree), { numRuns: 3000 });
    fc.assert(fc.property(fc.anything(), agree), { numRuns: 1000 });
  });

  it('agrees with zod on the limits themselves', () => {
    const base = {
      entryId: 1,
      entryNo: 'D01',
      track: 'drama',
      criterion: 'content',
      value: 0,
      revision: 1,
      updatedAt: '',
    };
    for (const field of fields) {
      for (const value of [0, -0, 1, 0.5, MAX_ID, MAX_ID + 1, MAX_HUNDREDTHS + 1, null, 'a']) {
        agree({ ...base, [field]: value });
      }
      for (const value of ['', 'a'.repeat(40), 'a'.repeat(41), 'a1-', '-a', 'ab c']) {
        agree({ ...base, [field]: value });
      }
    }
    agree(Object.create(base));
    agree([base]);
  });
});

describe('a score file with a bad cell', () => {
  const key = judgeKeys;
  const file = (scores: unknown[]) => {
    const unsigned = { ...scoreFileHead(), scores };
    return { ...unsigned, signature: signWith(key.privateKey, signedPayload(unsigned)) };
  };

  it('is refused with zod’s reason, as before the hand check', () => {
    fc.assert(
      fc.property(fc.array(validCell, { maxLength: 3 }), mutatedCell(true), (good, bad) => {
        const raw = file([...good, bad]);
        // A forbidden key anywhere is refused as hostile before any schema (tested elsewhere).
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(encodeSignedFile(raw)));
        const outcome = parseScoreFile(encodeSignedFile(raw));
        const zod = scoreFileSchema.safeParse(JSON.parse(encodeSignedFile(raw)));
        if (zod.success) {
          expect(outcome.ok).toBe(true);
          return;
        }
        const issue = zod.error.issues[0]!;
        expect(outcome).toEqual({
          ok: false,
          error: {
            code: 'scoreFile.invalid',
            params: { detail: `${issue.path.join('.') || '—'}: ${issue.message}` },
          },
        });
      }),
      { numRuns: 500 },
    );
  });
});
