import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { JudgeHall } from '../../shared/formats/judgeHall';

// A judge's app calling the head table's hall: only the address the judge file named, and over
// HTTPS only the certificate whose SHA-256 it named. The certificate is self-made (no authority
// can vouch for a travel router's address), so the usual chain check cannot say anything; the
// pinned fingerprint is checked instead, once the handshake is done and before a byte of the
// body is written. Plain HTTP only when the judge file says the hall is plain HTTP.

export type HallReply =
  | { kind: 'answer'; status: number; body: unknown }
  /** Nothing answered in time: closed, out of range, the Wi-Fi down. */
  | { kind: 'unreachable'; detail: string }
  /** Something answered at the address with another certificate: nothing was sent to it. */
  | { kind: 'wrongCertificate'; found: string };

/** An answer is a status and a few counts: anything longer is not the head table's. */
const MAX_ANSWER_BYTES = 64 * 1024;

export function postToHall(
  hall: JudgeHall,
  name: string,
  payload: unknown,
  timeoutMs = 10_000,
): Promise<HallReply> {
  const url = new URL(`/api/${name}`, hall.origin);
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const https = url.protocol === 'https:';
  return new Promise((resolve) => {
    let settled = false;
    const settle = (reply: HallReply) => {
      if (settled) return;
      settled = true;
      resolve(reply);
    };
    const options = {
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: Number(url.port),
      path: url.pathname,
      method: 'POST',
      // A socket of its own: a pooled one might skip the handshake this checks.
      agent: false as const,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(body.length),
        Host: url.host,
      },
      timeout: timeoutMs,
    };
    const onResponse = (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          response.destroy();
          settle({ kind: 'unreachable', detail: 'answer too long' });
        } else chunks.push(chunk);
      });
      response.on('end', () => {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          parsed = null;
        }
        settle({ kind: 'answer', status: response.statusCode ?? 0, body: parsed });
      });
      response.on('error', (error) => settle({ kind: 'unreachable', detail: error.message }));
    };
    const request = https
      ? httpsRequest(
          {
            ...options,
            // The chain cannot be checked (self-made certificate); the fingerprint is, below.
            rejectUnauthorized: false,
            minVersion: 'TLSv1.2',
          },
          onResponse,
        )
      : httpRequest(options, onResponse);
    request.on('timeout', () => {
      request.destroy();
      settle({ kind: 'unreachable', detail: 'timeout' });
    });
    request.on('error', (error) => settle({ kind: 'unreachable', detail: error.message }));
    if (!https) {
      request.end(body);
      return;
    }
    request.on('socket', (socket) => {
      (socket as TLSSocket).once('secureConnect', () => {
        const found = certificateSha256Of(socket as TLSSocket);
        if (found !== hall.certificate) {
          settle({ kind: 'wrongCertificate', found: found ?? '' });
          request.destroy();
          return;
        }
        request.end(body);
      });
    });
  });
}

/** The server certificate's SHA-256 as the judge file writes it (64 lowercase hex). */
function certificateSha256Of(socket: TLSSocket): string | null {
  const fingerprint = socket.getPeerCertificate()?.fingerprint256;
  return fingerprint ? fingerprintHex(fingerprint) : null;
}

/** "AB:CD:…" (Node's way) as 64 lowercase hex digits. */
export function fingerprintHex(colonHex: string): string {
  return colonHex.replaceAll(':', '').toLowerCase();
}
