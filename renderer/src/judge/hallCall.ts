import {
  isTokenRefusal,
  type LanCallInput,
  type LanCallName,
  type LanCallOutput,
  type TokenRefusal,
} from '../../../shared/api/lanWire';
import type { AppError } from '../../../shared/errors';

// One call of the hall wire (docs/lan.md, "The protocol") from the page, on its own origin, and
// what the answer means for the device: done, refused for a reason (not retried unchanged),
// the token refused (stop), or not reached (the Wi-Fi, the head table restarting: retry).

export type HallAnswer<K extends LanCallName> =
  | { kind: 'done'; value: LanCallOutput<K> }
  | { kind: 'refused'; status: number; errors: AppError[]; retryAfter: number | null }
  | { kind: 'tokenRefused'; code: TokenRefusal }
  | { kind: 'unreachable' };

const TIMEOUT_MS = 15_000;

export async function hallCall<K extends LanCallName>(
  name: K,
  input: LanCallInput<K>,
  token?: string,
): Promise<HallAnswer<K>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(input),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: 'unreachable' };
  }
  // A restarting head table, a full disk, no competition open yet: all worth another try.
  if (response.status >= 500) return { kind: 'unreachable' };
  let body: { ok: true; value: LanCallOutput<K> } | { ok: false; errors: AppError[] };
  try {
    body = await response.json();
  } catch {
    return { kind: 'unreachable' };
  }
  if (body.ok) return { kind: 'done', value: body.value };
  const code = body.errors[0]?.code;
  if (response.status === 401 && isTokenRefusal(code)) {
    return { kind: 'tokenRefused', code };
  }
  const retry = Number(response.headers.get('Retry-After'));
  return {
    kind: 'refused',
    status: response.status,
    errors: body.errors,
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
  };
}
