import type { LivePushState } from '../api/livePush';
import type { MessageKey } from '../i18n/catalog';

// What the judge's sheet says of its live delivery, as catalog keys: the state in the judge's
// words, and how it looks (a failure is said calmly: the marks are safe on the laptop).

export interface LivePushLine {
  key: MessageKey;
  params: Record<string, string>;
  /** The time of the last delivery, when the line itself does not carry it. */
  last: { key: MessageKey; params: Record<string, string> } | null;
  tone: 'ok' | 'busy' | 'warn';
}

/** null: the judge file names no hall, and the sheet says nothing of it. */
export function livePushLine(
  status: LivePushState,
  time: (iso: string) => string,
): LivePushLine | null {
  const last =
    status.deliveredAt === null
      ? null
      : { key: 'livePush.lastDelivered' as const, params: { time: time(status.deliveredAt) } };
  switch (status.state) {
    case 'off':
      return null;
    case 'delivered':
      return {
        key: 'livePush.delivered',
        params: { time: time(status.deliveredAt ?? new Date().toISOString()) },
        last: null,
        tone: 'ok',
      };
    case 'sending':
      return { key: 'livePush.sending', params: {}, last, tone: 'busy' };
    case 'waiting':
      return {
        key: 'livePush.waiting',
        params: { fingerprint: status.keyFingerprint ?? '' },
        last,
        tone: 'warn',
      };
    default:
      return { key: `livePush.${status.state}`, params: {}, last, tone: 'warn' };
  }
}

/** HH:MM on the judge's clock, as the head table's wall clock reads. */
export function clockTime(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
