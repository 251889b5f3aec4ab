import type { z } from 'zod';
import { type CallResponse, contract, isCallName } from '../../shared/api/contract';
import { type CallerRole, mayCall } from '../../shared/api/roles';
import type { LocalizedText } from '../../shared/domain/text';
import { type AppError, AppFailure } from '../../shared/errors';
import { asActor } from '../store/auditActor';
import { diskFailure } from '../store/diskFaults';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, payload: unknown) => Promise<CallResponse<never>>;

/** Who is calling: the roles they hold, the name the audit gives them, what they hold open. */
export interface Caller {
  roles: readonly CallerRole[];
  actor: string;
  holds: LocalizedText;
}

/**
 * Every call passes here, from IPC and HTTP alike: unknown names, callers whose role may not make
 * the call (`shared/api/roles.ts`) and payloads that fail their schema are refused before any
 * handler runs, and failures come back as error values. `caller` is null while no competition
 * is open: a call that needs one then says so.
 */
export function createDispatch(
  handlers: Handlers,
  caller: () => Caller | null,
  log: (error: unknown) => void = console.error,
) {
  return async (name: string, payload: unknown): Promise<CallResponse<never>> => {
    if (!isCallName(name)) return refuse([{ code: 'error.unknownCall', params: { name } }]);
    const who = caller();
    if (who && !mayCall(name, who.roles)) {
      return refuse([{ code: 'error.notAllowed', params: { holds: who.holds } }]);
    }
    const parsed = contract[name].input.safeParse(payload ?? {});
    if (!parsed.success) return refuse(describeIssues(parsed.error));
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = await asActor(who?.actor ?? 'organizer', () => handler(parsed.data));
      return { ok: true, value } as CallResponse<never>;
    } catch (error) {
      // A full or read-only disk is the user's to fix, said in words, not a bug.
      const disk = diskFailure(error);
      if (disk) return refuse(disk.errors);
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
