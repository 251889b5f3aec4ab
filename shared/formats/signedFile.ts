import type { z } from 'zod';
import type { AppError } from '../errors';
import { canonicalJson } from './canonicalJson';
import { canonicalTextWithout } from './canonicalText';
import { parsedShape } from './parsedShape';

// What judge files and score files share: they arrive from outside (USB sticks, chat apps), so
// they are read defensively, and they are signed over their canonical encoding.

/** Larger than any real competition's file by far; a bigger one is refused before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;

export type FileKind = 'judgeFile' | 'scoreFile';

export type ParseOutcome<T> =
  | {
      ok: true;
      file: T;
      /** The signed bytes: the canonical JSON without `signature`, in pieces cut from the text. */
      payload: readonly string[];
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
  const refuse = (reason: string, params?: AppError['params']): ParseOutcome<T> => ({
    ok: false,
    error: { code: `${spec.kind}.${reason}` as AppError['code'], ...(params ? { params } : {}) },
  });
  if (content.length > MAX_FILE_CHARS) {
    return refuse('tooLarge', { size: content.length, max: MAX_FILE_CHARS });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch {
    return refuse('notJson');
  }
  const shape = parsedShape(raw);
  if (shape.hostile) return refuse('invalid', { detail: shape.hostile });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse('wrongFormat', { found: '—' });
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== spec.format) {
    return refuse('wrongFormat', { found: typeof format === 'string' ? format.slice(0, 60) : '—' });
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > spec.version) {
    return refuse('newerVersion', { found: version, supported: spec.version });
  }
  const object = raw as Record<string, unknown>;
  let file = spec.quickParse?.(object) ?? null;
  if (!file) {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse('invalid', {
        detail: `${issue?.path.join('.') || '—'}: ${issue?.message ?? ''}`,
      });
    }
    file = parsed.data;
  }
  const payload = canonicalTextWithout(content, object, 'signature', shape.keysSorted);
  if (!payload) return refuse('badSignature');
  return { ok: true, file, payload };
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
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 60) || 'scoredesk'
  );
}
