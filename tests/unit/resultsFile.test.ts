import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResultsFile } from '../../electron/services/resultsFileCheck';
import { resultsCode, signResults } from '../../electron/services/resultsFileSigning';
import { signWith } from '../../electron/services/signing';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { parseResultsFile } from '../../shared/formats/resultsFile';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import {
  parseResultsQr,
  resultsQrText,
  typedCode,
  VERIFICATION_CODE,
} from '../../shared/formats/verificationCode';
import { organizerKeys, otherKeys, sampleResults } from '../helpers/resultsFileSample';

// What a person checking a posted list relies on: the same list always gives the same code, and
// a list changed anywhere gives another code and a file that no longer verifies.

const check = (content: string, expected = {}) =>
  checkResultsFile(parseResultsFile(content), expected);

/** The keys of an object in reverse order: the same content, built another way. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

const rowFields = [
  'rank',
  'no',
  'name',
  'organization',
  'region',
  'panel',
  'penalties',
  'final',
  'award',
  'singleAwards',
] as const;

/** One row changed in one field, to a value that differs from what it was. */
const rowChange = fc.record({
  row: fc.nat({ max: 2 }),
  field: fc.constantFrom(...rowFields),
  pick: fc.nat({ max: 1000 }),
});

function changed(change: { row: number; field: (typeof rowFields)[number]; pick: number }) {
  const unsigned = sampleResults();
  const row = unsigned.groups[0]!.rows[change.row]!;
  const n = change.pick;
  const next = {
    rank: (row.rank ?? 0) + 1 + (n % 5),
    no: `${row.no}${n % 10}`,
    name: `${row.name}${String.fromCharCode(0x4e00 + (n % 500))}`,
    organization: `${row.organization}${n}`,
    region: n % 2 ? '江苏' : '安徽',
    panel: `${(n % 100) + 1}.01`,
    penalties: `${(n % 9) + 1}.00`,
    final: `${(n % 100) + 1}.02`,
    award: n % 2 ? null : { code: 'honorable', name: { zh: '优秀奖', en: 'Honorable mention' } },
    singleAwards: [`最佳创意奖${n}`],
  }[change.field];
  (row as Record<string, unknown>)[change.field] = next;
  return canonicalJson(row) === canonicalJson(sampleResults().groups[0]!.rows[change.row])
    ? null
    : unsigned;
}

describe('the verification code', () => {
  it('is five groups of four characters of the fingerprint alphabet', () => {
    expect(resultsCode(sampleResults())).toMatch(VERIFICATION_CODE);
  });

  it('is the same for the same content, whatever order it was built in', () => {
    expect(resultsCode(reversed(sampleResults()))).toBe(resultsCode(sampleResults()));
    expect(signResults(reversed(sampleResults()), organizerKeys.privateKey).content).toBe(
      signResults(sampleResults(), organizerKeys.privateKey).content,
    );
  });

  it('changes when any field of any row changes', () => {
    const original = resultsCode(sampleResults());
    fc.assert(
      fc.property(rowChange, (change) => {
        const other = changed(change);
        if (other) expect(resultsCode(other)).not.toBe(original);
      }),
    );
  });

  it('is read back as typed: lower case, spaces, no dashes, O for 0 and I or L for 1', () => {
    const code = resultsCode(sampleResults());
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(typedCode(sloppy)).toBe(code);
    expect(typedCode('1234')).toBeNull();
  });

  it('travels in the QR text with the fingerprint and the digest', () => {
    const signed = signResults(sampleResults(), organizerKeys.privateKey);
    const text = resultsQrText(signed.qr);
    expect(text).toContain(signed.code);
    expect(text).toContain(sampleResults().competition.fingerprint);
    expect(parseResultsQr(text)).toEqual(signed.qr);
    expect(parseResultsQr('https://example.com/')).toBeNull();
  });
});

describe('checking a results file', () => {
  const fingerprint = sampleResults().competition.fingerprint;

  it('accepts the organizer’s file with the organizer’s fingerprint and its printed code', () => {
    const signed = signResults(sampleResults(), organizerKeys.privateKey);
    const result = check(signed.content, { fingerprint, code: signed.code });
    expect(result.problem).toBeNull();
    expect(result.code).toBe(signed.code);
    expect(result.fingerprint).toBe(fingerprint);
  });

  it('refuses a file with any row changed after signing, as altered', () => {
    const signed = signResults(sampleResults(), organizerKeys.privateKey);
    fc.assert(
      fc.property(rowChange, (change) => {
        const other = changed(change);
        if (!other) return;
        const forged = encodeSignedFile({ ...other, signature: signed.file.signature });
        expect(check(forged, { fingerprint }).problem?.code).toBe('resultsFile.badSignature');
      }),
    );
  });

  it('refuses a file re-signed with another key pair, as signed by another key', () => {
    const forged = signResults(sampleResults(otherKeys), otherKeys.privateKey);
    expect(check(forged.content, { fingerprint }).problem).toMatchObject({
      code: 'resultsFile.otherKey',
      params: { expected: fingerprint, found: forged.file.competition.fingerprint },
    });
  });

  it('refuses a file re-signed with another key that still claims the organizer’s fingerprint', () => {
    const unsigned = { ...sampleResults(otherKeys) };
    unsigned.competition = { ...unsigned.competition, fingerprint };
    const content = encodeSignedFile({
      ...unsigned,
      signature: signWith(otherKeys.privateKey, signedPayload(unsigned)),
    });
    expect(check(content, { fingerprint }).problem?.code).toBe('resultsFile.badSignature');
  });

  it('refuses a typed code that is not this file’s', () => {
    const signed = signResults(sampleResults(), organizerKeys.privateKey);
    const wrong = signResults(sampleResults(otherKeys), otherKeys.privateKey).code;
    expect(check(signed.content, { fingerprint, code: wrong }).problem?.code).toBe(
      'resultsFile.codeMismatch',
    );
  });

  it('names other files and older versions for what they are', () => {
    expect(check('{"format":"scoredesk.score-file"}').problem?.code).toBe(
      'resultsFile.wrongFormat',
    );
    expect(check('not json').problem?.code).toBe('resultsFile.notJson');
    const older = `${canonicalJson({ ...sampleResults(), version: 1, signature: '' })}\n`;
    expect(check(older).problem?.code).toBe('resultsFile.olderVersion');
  });
});
