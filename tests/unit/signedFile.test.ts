import { describe, expect, it } from 'vitest';
import { signWith, verifyWith } from '../../electron/services/signing';
import { canonicalJson } from '../../shared/formats/canonicalJson';
import { canonicalTextWithout } from '../../shared/formats/canonicalText';
import { parsedShape } from '../../shared/formats/parsedShape';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import { encodeSignedFile, signedPayload } from '../../shared/formats/signedFile';
import { judgeKeys, scoreFileHead } from '../helpers/scoreFileHead';

// The canonical-encoding check reads the text with JSON.stringify, one member (or a run of a long
// array's items) at a time, and cuts the signed payload out of the text: its corner cases.

const key = judgeKeys;

function scoreFile(cells = 3, judgeName = '陈评委') {
  const unsigned = {
    ...scoreFileHead({ id: 3, name: judgeName }, '2026-10-21T09:30:00.000Z'),
    scores: Array.from({ length: cells }, (_, i) => ({
      entryId: i + 1,
      entryNo: `D${String(i + 1).padStart(2, '0')}`,
      track: 'drama',
      criterion: 'content',
      value: i % 7 === 3 ? null : (i * 50) % 3000,
      revision: 1 + (i % 3),
      updatedAt: '2026-10-21T09:00:00.000Z',
    })),
  };
  return encodeSignedFile({
    ...unsigned,
    signature: signWith(key.privateKey, signedPayload(unsigned)),
  });
}

function outcomeOf(content: string): 'accepted' | 'unsigned' | string {
  const outcome = parseScoreFile(content);
  if (!outcome.ok) return outcome.error.code;
  return verifyWith(key.publicKey, outcome.payload, outcome.file.signature)
    ? 'accepted'
    : 'unsigned';
}

describe('the canonical encoding check', () => {
  it('accepts the canonical text, with or without its one line feed, whatever its size', () => {
    for (const cells of [0, 1, 255, 256, 257, 1000]) {
      const content = scoreFile(cells);
      expect(outcomeOf(content)).toBe('accepted');
      expect(outcomeOf(content.slice(0, -1))).toBe('accepted');
    }
  });

  it('refuses keys out of order, at the top and inside a cell', () => {
    const file = JSON.parse(scoreFile());
    const { signature, ...rest } = file;
    expect(outcomeOf(`${JSON.stringify({ signature, ...rest })}\n`)).toBe('scoreFile.badSignature');
    const swapped = scoreFile().replace(
      '{"criterion":"content","entryId":2,',
      '{"entryId":2,"criterion":"content",',
    );
    expect(swapped).not.toBe(scoreFile());
    expect(outcomeOf(swapped)).toBe('scoreFile.badSignature');
  });

  it('refuses white space anywhere and more than one final line feed', () => {
    const content = scoreFile();
    for (const changed of [
      content.replace('"entryId":2', '"entryId": 2'),
      content.replace(',"format"', ', "format"'),
      content.replace('[{', '[ {'),
      ` ${content}`,
      `${content}\n`,
      content.replace(/\n$/, '\r\n'),
    ]) {
      expect(outcomeOf(changed)).toBe('scoreFile.badSignature');
    }
    // Not even JSON to the parser, as before.
    expect(outcomeOf(`\ufeff${content}`)).toBe('scoreFile.notJson');
  });

  it('refuses another spelling of the same value: escapes, numbers, -0, a repeated key', () => {
    const content = scoreFile();
    for (const changed of [
      content.replace('"entryNo":"D02"', '"entryNo":"\\u0044\\u0030\\u0032"'),
      content.replace(
        '"updatedAt":"2026-10-21T09:00:00.000Z"',
        '"updatedAt":"2026-10-21T09:00:00.000\\u005a"',
      ),
      content.replace('"competitionId":"6f1c', '"competitionId":"\\u0036f1c'),
      content.replace('"value":50}', '"value":5e1}'),
      content.replace('"value":50}', '"value":50.0}'),
      content.replace('"value":0}', '"value":-0}'),
      content.replace('"value":50}', '"value":0,"value":50}'),
      content.replace('"format"', '"format":"scoredesk.score-file","format"'),
    ]) {
      expect(changed).not.toBe(content);
      expect(outcomeOf(changed)).toBe('scoreFile.badSignature');
    }
  });

  it('accepts escapes the encoding itself writes: quotes, controls, lone surrogates', () => {
    expect(outcomeOf(scoreFile(3, '陈"评委\\\n\u0001\ud800'))).toBe('accepted');
  });

  it('leaves integer-like keys to canonicalJson, which orders them as text', () => {
    // V8 lists "9" before "10"; the canonical order is "10" < "9".
    const text = '{"10":1,"9":2,"signature":"s"}';
    const object = JSON.parse(text);
    const shape = parsedShape(object);
    expect(shape.keysSorted).toBe(false);
    expect(canonicalTextWithout(text, object, 'signature', shape.keysSorted)).toEqual([
      '{"10":1,"9":2',
      '}',
    ]);
    const numeric = '{"9":2,"10":1,"signature":"s"}';
    expect(canonicalTextWithout(numeric, JSON.parse(numeric), 'signature', false)).toBeNull();
  });

  it('cuts the signed payload out of the text, wherever the member sits', () => {
    const objects = [
      { signature: 'x' },
      { a: 1, signature: 'x' },
      { signature: 'x', z: [1, { b: 2 }] },
      { a: [1, 2], m: { c: 'd' }, signature: 'x', t: null, u: 'v' },
      { a: Array.from({ length: 600 }, (_, i) => ({ i })), signature: 'x', z: 1 },
    ];
    for (const object of objects) {
      const text = `${canonicalJson(object)}\n`;
      const pieces = canonicalTextWithout(text, object, 'signature', true);
      expect(pieces?.join('')).toBe(signedPayload(object));
    }
  });
});

describe('the signature is read in one spelling only', () => {
  // 86 base64 letters carry 516 bits for a 512-bit signature: the last letter's 4 low bits are
  // unused, so a decoder reads 'g' and 'o' there alike. Another spelling is a changed file.
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const respelled = (base64: string, unused: number): string => {
    const cut = base64.indexOf('=');
    const last = ALPHABET.indexOf(base64.charAt(cut - 1));
    return `${base64.slice(0, cut - 1)}${ALPHABET[last ^ unused]}${base64.slice(cut)}`;
  };

  it('refuses a signature whose unused bits are set, though it decodes to the same bytes', () => {
    const content = scoreFile();
    const { signature } = JSON.parse(content);
    const other = respelled(signature, 0b1000);
    expect(Buffer.from(other, 'base64')).toEqual(Buffer.from(signature, 'base64'));
    expect(outcomeOf(content.replace(signature, other))).toBe('unsigned');
  });

  it('refuses a public key spelled another way', () => {
    const content = scoreFile();
    const outcome = parseScoreFile(content);
    if (!outcome.ok) throw new Error('the test file should parse');
    const other = respelled(key.publicKey, 0b10);
    expect(Buffer.from(other, 'base64')).toEqual(Buffer.from(key.publicKey, 'base64'));
    expect(verifyWith(key.publicKey, outcome.payload, outcome.file.signature)).toBe(true);
    expect(verifyWith(other, outcome.payload, outcome.file.signature)).toBe(false);
  });
});
