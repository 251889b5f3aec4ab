import type { LocalizedText } from './domain/text';
import type { MessageKey } from './i18n/catalog';

/** A parameter of a message: plain, or bilingual (the renderer picks the user's language). */
export type MessageParam = string | number | LocalizedText;

/**
 * Errors are values: a catalog code plus the data the message needs. The renderer and the CLI
 * turn them into the user's language; nothing deep inside throws a bare English string.
 */
export interface AppError {
  code: MessageKey;
  params?: Record<string, MessageParam>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: AppError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: MessageKey, params?: Record<string, MessageParam>): Result<never> {
  return { ok: false, errors: [params ? { code, params } : { code }] };
}

/** Thrown inside services to abort a transaction with user-facing errors. */
export class AppFailure extends Error {
  constructor(readonly errors: AppError[]) {
    super(errors.map((error) => error.code).join(', '));
    this.name = 'AppFailure';
  }

  static of(code: MessageKey, params?: Record<string, MessageParam>): AppFailure {
    return new AppFailure([params ? { code, params } : { code }]);
  }
}
