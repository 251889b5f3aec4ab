import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWith, verifyWith } from '../../electron/services/signing';
import { hasEscapeBeyondAscii } from '../../shared/formats/binaryText';
import { packedCells, packScoreFile } from '../../shared/formats/packedScoreFile';
import {
  parseScoreFile,
  parseScoreFileBytes,
  type ScoreFile,
} from '../../shared/formats/scoreFile';
import type { ScoreFileCell } from '../../shared/formats/scoreFileCell';
import {
  encodeSignedFile,
  type ParseOutcome,
  signedPayload,
} from '../../shared/formats/signedFile';
import { judgeKeys, scoreFileHead } from '../helpers/scoreFileHead';

// The untrusted-file worker parses a score file from its bytes read as Latin-1, then decodes the
// strings (parseSignedBytes), and hands it to the main thread packed. Parsing the decoded text is
// the reference: for every file, the verdict, the reason, the content and whether the signature
// holds must be the same both ways.

const key = judgeKeys;

/** Text that mixes what the two roads could read differently: escapes, lone surrogates, CJK. */
const text = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '\ud800',
        '\udfff',
        '\u0001',
        '\u007f',
        '\u0080',
        'é',
        '陈',
        '"',
        '\\',
        '\u2028',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength,
    maxLength,
  });

const cellArbitrary: fc.Arbitrary<ScoreFileCell> = fc.record({
  entryId: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  entryNo: text(1, 40),
  track: fc.constantFrom('exhibit', 'drama', 'course-2'),
  criterion: fc.constantFrom('content', 'delivery', 'bench-1'),
  value: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  revision: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  updatedAt: text(0, 40),
});

const fileArbitrary = fc.record({
  name: text(1, 200),
  scores: fc.array(cellArbitrary, { maxLength: 6 }),
});

function signedFile({ name, scores }: { name: string; scores: ScoreFileCell[] }): Buffer {
  const unsigned = { ...scoreFileHead({ id: 3, name }), scores };
  const signature = signWith(key.privateKey, signedPayload(unsigned));
  return Buffer.from(encodeSignedFile({ ...unsigned, signature }), 'utf8');
}

/** What a receiver learns from an outcome: the verdict, and the file and its signature's. */
function verdict(outcome: ParseOutcome<ScoreFile>) {
  if (!outcome.ok) return outcome;
  return {
    file: outcome.file,
    signed: verifyWith(key.publicKey, outcome.payload, outcome.file.signature),
  };
}

const viaBytes = (bytes: Buffer) =>
  parseScoreFileBytes(bytes, Buffer.from(bytes).toString('latin1'));
const viaText = (bytes: Buffer) => parseScoreFile(bytes.toString('utf8'));

describe('a score file parsed from its bytes', () => {
  it('reads back every name and cell as the text does, and its signature holds', () => {
    fc.assert(
      fc.property(fileArbitrary, (content) => {
        const bytes = signedFile(content);
        const outcome = viaBytes(bytes);
        expect(verdict(outcome)).toEqual(verdict(viaText(bytes)));
        expect(verdict(outcome)).toMatchObject({
          signed: true,
          file: { judge: { name: content.name } },
        });
        // The payload is two slices of the file's own bytes, unless an escape beyond ASCII
        // (a lone surrogate) sent the file down the text road.
        const fast = !hasEscapeBeyondAscii(bytes.toString('latin1'));
        expect(outcome.ok && outcome.payload.every((piece) => piece instanceof Uint8Array)).toBe(
          fast,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what the text refuses, for the same reason, whatever bytes are changed', () => {
    // Besides single bytes, whole escapes and UTF-8 sequences: what the two roads read apart.
    const pieces = ['\\u00e9', '\\ud800', '\\u4e2d', '\\u0041', 'é', '陈', '\\', '"', '1e400'];
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'insert', 'delete', 'piece'),
      byte: fc.integer({ min: 0, max: 255 }),
      piece: fc.constantFrom(...pieces),
    });
    fc.assert(
      fc.property(
        fileArbitrary,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (content, edits) => {
          let bytes = signedFile(content);
          for (const { at, kind, byte, piece } of edits) {
            const i = at % bytes.length;
            const rest = bytes.subarray(kind === 'insert' || kind === 'piece' ? i : i + 1);
            const changed =
              kind === 'flip'
                ? Buffer.from([bytes[i]! ^ (byte || 1)])
                : kind === 'insert'
                  ? Buffer.from([byte])
                  : kind === 'piece'
                    ? Buffer.from(piece, 'utf8')
                    : Buffer.alloc(0);
            bytes = Buffer.concat([bytes.subarray(0, i), changed, rest]);
          }
          // The worker takes this road only for valid UTF-8 (the text road's decoding replaces
          // what is not).
          fc.pre(isUtf8(bytes));
          expect(verdict(viaBytes(bytes))).toEqual(verdict(viaText(bytes)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a number too large for a double as the text does, keys in order or not', () => {
    // JSON.parse reads 1e400 as Infinity; the canonical check runs before the schema here.
    for (const text of [
      '{"a":1e400,"b":{"y":1,"x":2},"signature":"x"}\n',
      '{"competitionId":1e400,"format":"scoredesk.score-file","judge":{"name":"陈","id":3},"signature":"x"}',
    ]) {
      const bytes = Buffer.from(text, 'utf8');
      expect(verdict(viaBytes(bytes))).toEqual(verdict(viaText(bytes)));
    }
  });

  it('leaves a file with a key that is not ASCII to the text, whose order of keys differs', () => {
    // "\u{10000}" sorts before "\uffff" as UTF-16 (canonicalJson's order), after it as bytes.
    const extra = { '\u{10000}': 1, '\uffff': 2 };
    const bytes = signedFile({ name: '陈评委', scores: [] });
    const withKeys = Buffer.from(
      encodeSignedFile({
        ...JSON.parse(bytes.toString('utf8')),
        judge: { id: 3, name: '陈评委', ...extra },
      }),
    );
    expect(verdict(viaBytes(withKeys))).toEqual(verdict(viaText(withKeys)));
    expect(viaText(withKeys)).toMatchObject({ ok: false, error: { code: 'scoreFile.invalid' } });
  });
});

describe('a parsed score file packed for the way back from the worker', () => {
  it('reads back the very cells, blanks and all, and a refusal as it was', () => {
    fc.assert(
      fc.property(fileArbitrary, (content) => {
        const outcome = viaText(signedFile(content));
        const packed = packScoreFile(outcome);
        if (!outcome.ok || !packed.ok) throw new Error('expected a file');
        const { scores, ...head } = outcome.file;
        expect(packed.file).toEqual(head);
        expect(packed.payload).toBe(outcome.payload);
        const cells = packedCells(packed);
        const read = Array.from({ length: cells.count }, (_, i) => ({
          entryId: cells.entryId(i),
          entryNo: cells.entryNo(i),
          track: cells.track(i),
          criterion: cells.criterion(i),
          value: cells.value(i),
          revision: cells.revision(i),
          updatedAt: cells.updatedAt(i),
        }));
        expect(read).toEqual(scores);
      }),
      { numRuns: 200 },
    );
    const refused = parseScoreFile('not json');
    expect(packScoreFile(refused)).toEqual(refused);
  });
});
