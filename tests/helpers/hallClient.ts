import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { LanCallName, LanCallOutput } from '../../shared/api/lanWire';
import type { AppError } from '../../shared/errors';

// A device's side of the hall network's wire in the tests: POST /api/<call> as the judges' page
// sends it, over plain HTTP or HTTPS trusting the hall certificate only.

export interface HallAnswer<T> {
  status: number;
  body: { ok: true; value: T } | { ok: false; errors: AppError[] };
  /** SHA-256 of the certificate the server presented (HTTPS), colon-less lowercase hex. */
  certificate?: string;
}

export interface HallClientOptions {
  /** The hall certificate (PEM) to trust, for HTTPS. */
  ca?: string;
  agent?: HttpAgent | HttpsAgent;
  timeoutMs?: number;
  /** The Wi-Fi drops right after the request left: no answer comes (the call rejects). */
  dropAfterSend?: boolean;
}

/**
 * `localAddress`: the device's own address. Every address of 127.0.0.0/8 is this machine's, so
 * devices of one test come from 127.0.0.2, 127.0.0.3 … as a hall's devices come from theirs.
 */
export function hallAgent(origin: string, ca?: string, localAddress?: string): HttpAgent {
  const local = localAddress ? { localAddress } : {};
  return origin.startsWith('https:')
    ? new HttpsAgent({ keepAlive: true, maxSockets: 4, ...local, ...(ca ? { ca } : {}) })
    : new HttpAgent({ keepAlive: true, maxSockets: 4, ...local });
}

export function hallCall<K extends LanCallName>(
  origin: string,
  name: K | string,
  body: unknown,
  token?: string,
  options: HallClientOptions = {},
): Promise<HallAnswer<LanCallOutput<K>>> {
  return new Promise((resolve, reject) => {
    const url = new URL(`/api/${name}`, origin);
    const payload = Buffer.from(JSON.stringify(body));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'POST',
        agent: options.agent,
        ...(options.ca ? { ca: options.ca } : {}),
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': payload.length,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        // Read while the response holds its socket (a kept-alive one is handed back at the end).
        const socket = response.socket as TLSSocket | null;
        const peer =
          socket && typeof socket.getPeerCertificate === 'function'
            ? socket.getPeerCertificate()
            : null;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              ...(peer?.fingerprint256
                ? { certificate: peer.fingerprint256.replaceAll(':', '').toLowerCase() }
                : {}),
            });
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(payload);
    if (options.dropAfterSend) setImmediate(() => request.destroy(new Error('dropped')));
  });
}
