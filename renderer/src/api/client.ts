import type { CallInput, CallName, CallOutput, CallResponse } from '../../../shared/api/contract';
import type { AppError } from '../../../shared/errors';
import './bridge';
import { hostToken } from './hostToken';

/** A refused call: the errors come back as catalog codes for the page to show. */
export class ApiError extends Error {
  constructor(readonly errors: AppError[]) {
    super(errors.map((e) => e.code).join(', '));
  }
}

/** Read once, as the page starts, so the token leaves the address bar before anything else. */
const token = window.scoredesk ? null : hostToken();

/** In Electron the preload bridge; in a browser the local host, with its token in a header. */
async function transport(name: string, input: unknown): Promise<CallResponse<never>> {
  if (window.scoredesk) return window.scoredesk.call(name, input);
  const response = await fetch(`api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-ScoreDesk-Token': token ?? '' },
    credentials: 'omit',
    body: JSON.stringify(input),
  });
  if (response.status === 401 || response.status === 403) {
    return { ok: false, errors: [{ code: 'error.hostRefused' }] };
  }
  return (await response.json()) as CallResponse<never>;
}

export async function call<K extends CallName>(
  name: K,
  input: CallInput<K>,
): Promise<CallOutput<K>> {
  let response: CallResponse<never>;
  try {
    response = await transport(name, input);
  } catch (error) {
    throw new ApiError([{ code: 'error.hostUnreachable', params: { detail: String(error) } }]);
  }
  if (!response.ok) throw new ApiError(response.errors);
  return response.value as CallOutput<K>;
}
