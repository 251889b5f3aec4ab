import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rubricFingerprint, signWith, verifyWith } from '../../electron/services/signing';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { parseJudgeFile, rubricFingerprintInput } from '../../shared/formats/judgeFile';
import { parseScoreFile, type ScoreFile } from '../../shared/formats/scoreFile';
import { encodeSignedFile, MAX_FILE_CHARS, signedPayload } from '../../shared/formats/signedFile';
import { counselorTemplate } from '../../shared/templates/counselor';
import { judgeKeys, scoreFileHead } from '../helpers/scoreFileHead';
import { testKeyPair } from '../helpers/testKeys';

const key = judgeKeys;

function unsignedFile(): Omit<ScoreFile, 'signature'> {
  return {
    ...scoreFileHead(undefined, '2026-10-21T09:30:00.000Z'),
    scores: [
      {
        entryId: 7,
        entryNo: 'D01',
        track: 'drama',
        criterion: 'content',
        value: 2850,
        revision: 2,
        updatedAt: '2026-10-21T09:00:00.000Z',
      },
      {
        entryId: 7,
        entryNo: 'D01',
        track: 'drama',
        criterion: 'delivery',
        value: null,
        revision: 3,
        updatedAt: '2026-10-21T09:10:00.000Z',
      },
      {
        entryId: 8,
        entryNo: 'D02',
        track: 'drama',
        criterion: 'content',
        value: 0,
        revision: 1,
        updatedAt: '2026-10-21T09:20:00.000Z',
      },
    ],
  };
}

/** Signs any object as a score file would be, without checking it: for hostile variants. */
function signed(unsigned: object): string {
  return encodeSignedFile({
    ...unsigned,
    signature: signWith(key.privateKey, signedPayload(unsigned)),
  });
}

/** The whole check a receiver makes: parse, then the signature with the judge's key. */
function accepted(content: string): boolean {
  const outcome = parseScoreFile(content);
  return outcome.ok && verifyWith(key.publicKey, outcome.payload, outcome.file.signature);
}

function refusal(content: string): string {
  const outcome = parseScoreFile(content);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error.code;
}

describe('the score file', () => {
  it('reads back what was written, and the signature holds', () => {
    const content = signed(unsignedFile());
    expect(content.endsWith('\n')).toBe(true);
    expect(content.startsWith('{"competitionId":')).toBe(true);
    expect(accepted(content)).toBe(true);
    const outcome = parseScoreFile(content);
    expect(outcome.ok && outcome.file.scores[1]!.value).toBeNull();
  });

  it('is refused when any byte is changed', () => {
    const bytes = Buffer.from(signed(unsignedFile()), 'utf8');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (position, xor) => {
          const copy = Buffer.from(bytes);
          copy[position] = copy[position]! ^ xor;
          expect(accepted(copy.toString('utf8'))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is refused when signed with another key (a file claiming another judge)', () => {
    const other = testKeyPair(8);
    const unsigned = unsignedFile();
    const content = encodeSignedFile({
      ...unsigned,
      signature: signWith(other.privateKey, signedPayload(unsigned)),
    });
    expect(parseScoreFile(content).ok).toBe(true);
    expect(accepted(content)).toBe(false);
  });

  it('refuses a re-encoded file even when its content is the same', () => {
    const file = JSON.parse(signed(unsignedFile()));
    expect(refusal(JSON.stringify(file, null, 2))).toBe('scoreFile.badSignature');
    expect(refusal(`${signed(unsignedFile())} `)).toBe('scoreFile.badSignature');
  });

  it('refuses hostile keys anywhere: __proto__, constructor', () => {
    const withKey = (name: string) =>
      signed(unsignedFile()).replace('"entryId":8,', `"entryId":8,"${name}":{"polluted":true},`);
    expect(withKey('__proto__')).toContain('"__proto__"');
    expect(refusal(withKey('__proto__'))).toBe('scoreFile.invalid');
    expect(refusal(withKey('constructor'))).toBe('scoreFile.invalid');
    expect(refusal(signed({ ...unsignedFile(), constructor: 1 }))).toBe('scoreFile.invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses NaN, Infinity, huge, negative and fractional numbers', () => {
    const base = signed(unsignedFile());
    expect(refusal(base.replace('"value":2850', '"value":NaN'))).toBe('scoreFile.notJson');
    expect(refusal(base.replace('"value":2850', '"value":Infinity'))).toBe('scoreFile.notJson');
    expect(refusal(base.replace('"value":2850', '"value":1e400'))).toBe('scoreFile.invalid');
    const scored = (value: number) => {
      const file = unsignedFile();
      file.scores[0]!.value = value;
      return signed(file);
    };
    expect(refusal(scored(1e20))).toBe('scoreFile.invalid');
    expect(refusal(scored(-50))).toBe('scoreFile.invalid');
    expect(refusal(scored(12.5))).toBe('scoreFile.invalid');
    expect(refusal(signed({ ...unsignedFile(), submissions: 2 ** 53 }))).toBe('scoreFile.invalid');
  });

  it('names the reason: not JSON, another kind of file, a newer version, extra fields, size', () => {
    expect(refusal('这不是 JSON')).toBe('scoreFile.notJson');
    expect(refusal('')).toBe('scoreFile.notJson');
    expect(refusal('[]')).toBe('scoreFile.wrongFormat');
    expect(refusal(signed({ ...unsignedFile(), format: 'scoredesk.judge-file' }))).toBe(
      'scoreFile.wrongFormat',
    );
    const newer = parseScoreFile(signed({ ...unsignedFile(), version: 3 }));
    expect(newer.ok ? null : newer.error).toEqual({
      code: 'scoreFile.newerVersion',
      params: { found: 3, supported: 2 },
    });
    // Version 1 was signed with a key the organizer's store held: it proves nothing now.
    const older = parseScoreFile(signed({ ...unsignedFile(), version: 1 }));
    expect(older.ok ? null : older.error).toEqual({
      code: 'scoreFile.olderVersion',
      params: { found: 1 },
    });
    expect(refusal(signed({ ...unsignedFile(), extra: true }))).toBe('scoreFile.invalid');
    const hexSignature = 'ab'.repeat(32);
    expect(refusal(encodeSignedFile({ ...unsignedFile(), signature: hexSignature }))).toBe(
      'scoreFile.invalid',
    );
    expect(refusal(' '.repeat(MAX_FILE_CHARS + 1))).toBe('scoreFile.tooLarge');
    expect(refusal(`${'['.repeat(100)}${']'.repeat(100)}`)).toBe('scoreFile.invalid');
  });

  it('is the canonical JSON of its content (sorted keys, no spaces)', () => {
    const content = signed(unsignedFile());
    expect(content).toBe(`${canonicalJson(JSON.parse(content))}\n`);
  });
});

describe('the rubric fingerprint', () => {
  const tracks = counselorTemplate.tracks;

  it('ignores names, descriptions and order, but not codes, maxima, steps or kinds', () => {
    const renamed = [...structuredClone(tracks)];
    renamed[0]!.name.zh = '改名';
    renamed[0]!.segments[0]!.criteria[0]!.description.en = 'changed';
    renamed.reverse();
    renamed[0]!.segments[0]!.criteria.reverse();
    expect(rubricFingerprint(renamed)).toBe(rubricFingerprint(tracks));
    const remaxed = structuredClone(tracks);
    remaxed[0]!.segments[0]!.criteria[0]!.max += 100;
    expect(rubricFingerprint(remaxed)).not.toBe(rubricFingerprint(tracks));
    const restepped = structuredClone(tracks);
    restepped[0]!.segments[0]!.criteria[0]!.step = 10;
    expect(rubricFingerprint(restepped)).not.toBe(rubricFingerprint(tracks));
    expect(rubricFingerprintInput([tracks[2]!])).toContain('"code":"drama"');
    expect(rubricFingerprintInput([tracks[2]!])).not.toContain('name');
  });
});

describe('the judge file parser', () => {
  it('refuses a score file, garbage and hostile keys with the judge file’s reasons', () => {
    const outcome = parseJudgeFile(signed(unsignedFile()));
    expect(outcome.ok ? null : outcome.error).toEqual({
      code: 'judgeFile.wrongFormat',
      params: { found: 'scoredesk.score-file' },
    });
    const notJson = parseJudgeFile('{');
    expect(notJson.ok ? null : notJson.error.code).toBe('judgeFile.notJson');
    const hostile = parseJudgeFile('{"__proto__":{"format":"scoredesk.judge-file"}}');
    expect(hostile.ok ? null : hostile.error.code).toBe('judgeFile.invalid');
  });
});

describe('docs/file-formats.md', () => {
  it('gives a working example: its fingerprint and signature are what ScoreDesk computes', () => {
    const docs = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'file-formats.md'),
      'utf8',
    );
    const drama = counselorTemplate.tracks.filter((t) => t.code === 'drama');
    expect(docs).toContain(rubricFingerprintInput(drama));
    expect(docs).toContain(`→ ${rubricFingerprint(drama)}`);
    const example = docs.split('\n').find((line) => line.startsWith('{"competitionId"'))!;
    const outcome = parseScoreFile(`${example}\n`);
    expect(outcome.ok).toBe(true);
    // The example's judge key pair is made from 32 bytes of 0x07 (its seed): its public half.
    expect(docs).toContain(testKeyPair(7).publicKey);
    expect(
      outcome.ok && verifyWith(testKeyPair(7).publicKey, outcome.payload, outcome.file.signature),
    ).toBe(true);
  });
});
