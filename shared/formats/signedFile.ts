import type { z } from 'zod';
import type { AppError } from '../errors';
import { canonicalJson } from './canonicalJson';

// What judge files and score files share: they arrive from outside (USB sticks, chat apps), so
// they are read defensively, and they are signed over their canonical encoding.

/** Larger than any real competition's file by far; a bigger one is refused before parsing. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;
/** Real files nest 6 levels deep; anything much deeper is hostile. */
const MAX_DEPTH = 32;
/** The longest array in either format (a score file's `scores`, at most MAX_SCORES). */
const MAX_ARRAY_ITEMS = 200_000;
/** Keys that could reach an object's prototype if some later code copied the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type FileKind = 'judgeFile' | 'scoreFile';

export type ParseOutcome<T> =
  | {
      ok: true;
      file: T /** The signed bytes: the canonical JSON without `signature`. */;
      payload: string;
    }
  | { ok: false; error: AppError };

interface FileSpec<T> {
  kind: FileKind;
  format: string;
  version: number;
  schema: z.ZodType<T>;
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
  const hostile = hostileShape(raw);
  if (hostile) return refuse('invalid', { detail: hostile });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse('wrongFormat', { found: '—' });
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== spec.format) {
    return refuse('wrongFormat', { found: typeof format === 'string' ? format.slice(0, 60) : '—' });
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > spec.version) {
    return refuse('newerVersion', { found: version, supported: spec.version });
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('invalid', {
      detail: `${issue?.path.join('.') || '—'}: ${issue?.message ?? ''}`,
    });
  }
  // Each top-level member is encoded once, for both the canonical check and the signed payload.
  const { whole, payload } = canonicalWithPayload(raw as Record<string, unknown>);
  if (content !== whole && content !== `${whole}\n`) return refuse('badSignature');
  return { ok: true, file: parsed.data, payload };
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

/** canonicalJson(file) and canonicalJson(file without `signature`), the members encoded once. */
function canonicalWithPayload(file: Record<string, unknown>): { whole: string; payload: string } {
  const members = Object.keys(file)
    .sort()
    .filter((key) => file[key] !== undefined)
    .map((key) => ({ key, text: `${JSON.stringify(key)}:${canonicalJson(file[key])}` }));
  const join = (list: typeof members) => `{${list.map((m) => m.text).join(',')}}`;
  return { whole: join(members), payload: join(members.filter((m) => m.key !== 'signature')) };
}

/** Names a hostile key or excessive nesting, walking without recursion so depth cannot hurt. */
function hostileShape(root: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH}`;
    if (Array.isArray(value)) {
      // Checked here, not by the schema: validating a million bogus items takes seconds.
      if (value.length > MAX_ARRAY_ITEMS) return `an array of more than ${MAX_ARRAY_ITEMS} items`;
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}"`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
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
