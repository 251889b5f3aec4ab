import type { IncomingMessage } from 'node:http';
import type { AppError } from '../../shared/errors';

/** A request's body, refused past `maxBytes` (the connection is then dropped). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The refusal of a body that is not JSON, in the calls' own answer shape. */
export const NOT_JSON: { ok: false; errors: AppError[] } = {
  ok: false,
  errors: [{ code: 'error.invalidInput', params: { field: '—', detail: 'JSON' } }],
};

/** A call's JSON body (an empty one is `{}`), or undefined when it is too large or not JSON. */
export async function readJsonBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ payload: unknown } | undefined> {
  try {
    const body = await readBody(request, maxBytes);
    return { payload: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
  } catch {
    return undefined;
  }
}
