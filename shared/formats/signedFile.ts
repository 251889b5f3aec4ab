import type { z } from 'zod';
import { withoutInvisible } from '../domain/textKey';
import type { AppError } from '../errors';
import { decodeBinaryStrings, hasEscapeBeyondAscii, utf8Text } from './binaryText';
import { canonicalJson } from './canonicalJson';
import { canonicalTextWithout } from './canonicalText';
import { parsedShape } from './parsedShape';

// What judge files and score files share: they arrive from outside (USB sticks, chat apps), so
// they are read defensively, and they are signed over their canonical encoding.

/** Larger than any real competition's file by far; a bigger one is refused before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;

export type FileKind = 'judgeFile' | 'scoreFile' | 'resultsFile';

export type ParseOutcome<T> =
  | {
      ok: true;
      file: T;
      /**
       * The signed bytes: the canonical JSON without `signature`, in pieces cut from the text
       * (signed as their UTF-8), or from the file's own bytes (parseSignedBytes).
       */
      payload: readonly (string | Uint8Array)[];
    }
  | { ok: false; error: AppError };

interface FileSpec<T> {
  kind: FileKind;
  format: string;
  version: number;
  schema: z.ZodType<T>;
  /**
   * A faster check than the schema, for the formats' long lists: it returns the file only when
   * the schema would accept it, as the schema would return it (the same values); null leaves the
   * verdict, and the reason for a refusal, to the schema.
   */
  quickParse?: (raw: Record<string, unknown>) => T | null;
}

/**
 * JSON text → a checked file, or the reason it is refused. Checks run cheapest first: size, JSON
 * syntax, hostile keys and depth, file type, version, schema, and last that the text is exactly
 * the canonical encoding, so that no byte outside the signed payload can be changed unnoticed.
 * The signature itself is checked by the caller, which knows the key.
 */
export function parseSignedFile<T extends { signature: string }>(
  content: string,
  spec: FileSpec<T>,
): ParseOutcome<T> {
  const refuse = refusal<T>(spec);
  if (content.length > MAX_FILE_CHARS) {
    return refuse('tooLarge', { size: content.length, max: MAX_FILE_CHARS });
  }
  const parsed = parseJson(content, refuse);
  if ('ok' in parsed) return parsed;
  const { object, keysSorted } = parsed;
  const file = checkedFile(object, spec, refuse);
  if ('ok' in file) return file;
  const payload = canonicalTextWithout(content, object, 'signature', keysSorted);
  if (!payload) return refuse('badSignature');
  return { ok: true, file: file.file, payload };
}

/**
 * parseSignedFile for a file's bytes, which must be valid UTF-8 (the caller checks), given also
 * as `binary`: the same bytes as Latin-1 text, one character each (binaryText.ts says why). The
 * outcome is parseSignedFile's for the decoded text, with the payload in slices of `bytes`.
 */
export function parseSignedBytes<T extends { signature: string }>(
  bytes: Uint8Array,
  binary: string,
  spec: FileSpec<T>,
): ParseOutcome<T> {
  const asText = () => parseSignedFile(utf8Text(bytes), spec);
  // Only the decoded text's length says whether a file is too large.
  if (bytes.length > MAX_FILE_CHARS || hasEscapeBeyondAscii(binary)) return asText();
  const refuse = refusal<T>(spec);
  const parsed = parseJson(binary, refuse);
  if ('ok' in parsed) return parsed;
  const { object, keysSorted } = parsed;
  // Checked on the bytes, before the strings are decoded; said only after the schema's verdict,
  // as parseSignedFile says it. Before the schema, a number may be one JSON.parse made infinite
  // (1e400), on which canonicalJson throws: the schema refuses such a file whatever this says.
  let pieces: string[] | null = null;
  if (typeof object.signature === 'string') {
    try {
      pieces = canonicalTextWithout(binary, object, 'signature', keysSorted);
    } catch {
      pieces = null;
    }
  }
  if (!decodeBinaryStrings(object)) return asText();
  const file = checkedFile(object, spec, refuse);
  if ('ok' in file) return file;
  if (!pieces) return refuse('badSignature');
  // One character a byte: the pieces' places in the text are their places in the bytes.
  const [head, tail] = pieces as [string, string];
  const end = binary.endsWith('\n') ? binary.length - 1 : binary.length;
  return {
    ok: true,
    file: file.file,
    payload: [bytes.subarray(0, head.length), bytes.subarray(end - tail.length, end)],
  };
}

type Refuse<T> = (reason: string, params?: AppError['params']) => ParseOutcome<T>;

function refusal<T>(spec: FileSpec<unknown>): Refuse<T> {
  return (reason, params) => ({
    ok: false,
    error: { code: `${spec.kind}.${reason}` as AppError['code'], ...(params ? { params } : {}) },
  });
}

/** JSON syntax, then hostile keys and depth, then an object at the top. */
function parseJson<T>(
  text: string,
  refuse: Refuse<T>,
): ParseOutcome<T> | { object: Record<string, unknown>; keysSorted: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  const shape = parsedShape(raw);
  if (shape.hostile) return refuse('invalid', { detail: shape.hostile });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse('wrongFormat', { found: '—' });
  return { object: raw as Record<string, unknown>, keysSorted: shape.keysSorted };
}

/** File type, version, then the schema (or the quicker check that stands for it). */
function checkedFile<T>(
  object: Record<string, unknown>,
  spec: FileSpec<T>,
  refuse: Refuse<T>,
): ParseOutcome<T> | { file: T } {
  const { format, version } = object;
  if (format !== spec.format) {
    return refuse('wrongFormat', { found: typeof format === 'string' ? format.slice(0, 60) : '—' });
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > spec.version) {
    return refuse('newerVersion', { found: version, supported: spec.version });
  }
  // Version 1 files were signed with keys that travelled in clear: none can be trusted now.
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version < spec.version
  ) {
    return refuse('olderVersion', { found: version });
  }
  const quick = spec.quickParse?.(object);
  if (quick) return { file: quick };
  const parsed = spec.schema.safeParse(object);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('invalid', {
      detail: `${issue?.path.join('.') || '—'}: ${issue?.message ?? ''}`,
    });
  }
  return { file: parsed.data };
}

/** The bytes the signature covers: the canonical JSON of the file without its `signature`. */
export function signedPayload(file: object): string {
  const { signature: _signature, ...rest } = file as { signature?: unknown };
  return canonicalJson(rest);
}

/** A signed file as written to disk: its canonical JSON and one line feed. */
export function encodeSignedFile(file: { signature: string }): string {
  return `${canonicalJson(file)}\n`;
}

/** A file name part from a person's or competition's name: keeps Chinese, drops what file systems refuse. */
export function fileNamePart(text: string): string {
  return (
    // A right-to-left override would show 评委‮fdp.exe as 评委exe.pdf: invisible characters go.
    withoutInvisible(text)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 60) || 'scoredesk'
  );
}
