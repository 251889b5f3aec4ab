import type { z } from 'zod';
import { type CallResponse, contract, isCallName } from '../../shared/api/contract';
import { type AppError, AppFailure } from '../../shared/errors';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, payload: unknown) => Promise<CallResponse<never>>;

/**
 * Every call passes here, from IPC and HTTP alike: unknown names and payloads that fail their
 * schema are refused before any handler runs, and failures come back as error values.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error) {
  return async (name: string, payload: unknown): Promise<CallResponse<never>> => {
    if (!isCallName(name)) return refuse([{ code: 'error.unknownCall', params: { name } }]);
    const parsed = contract[name].input.safeParse(payload ?? {});
    if (!parsed.success) return refuse(describeIssues(parsed.error));
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value } as CallResponse<never>;
    } catch (error) {
      if (error instanceof AppFailure) return refuse(error.errors);
      log(error);
      return refuse([{ code: 'error.unexpected', params: { detail: String(error) } }]);
    }
  };
}

function refuse(errors: AppError[]): CallResponse<never> {
  return { ok: false, errors };
}

function describeIssues(error: z.ZodError): AppError[] {
  return error.issues.slice(0, 10).map((issue) => ({
    code: 'error.invalidInput',
    params: { field: issue.path.join('.') || '—', detail: issue.message },
  }));
}
