import { useSyncExternalStore } from 'react';
import type { LanDeviceView, PairingCodeView } from '../../../../shared/api/lan';

// The head table keeps only a hash of each pairing code: the code itself exists once, in the
// answer to lan.issueCodes. It is kept here for this window's life, so the screen and the
// pairing sheet still show it after the organizer looked at another screen.

/** A code as issued, with when: a device paired since then has used it (or outranks it). */
export type IssuedCode = PairingCodeView & { issuedAt: string };

let codes: ReadonlyMap<number, IssuedCode> = new Map();
const watchers = new Set<() => void>();

export function rememberCodes(issued: readonly PairingCodeView[]): void {
  const next = new Map(codes);
  const issuedAt = new Date().toISOString();
  for (const code of issued) next.set(code.judgeId, { ...code, issuedAt });
  codes = next;
  for (const watch of watchers) watch();
}

export function useIssuedCodes(): ReadonlyMap<number, IssuedCode> {
  return useSyncExternalStore(
    (watch) => {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
    () => codes,
  );
}

/**
 * The codes still to hand out: a device of the judge that paired after the code was issued
 * used it (the head table ends a judge's earlier code when it issues one), so it is no longer
 * shown or printed.
 */
export function openCodes(
  codes: ReadonlyMap<number, IssuedCode>,
  devices: readonly LanDeviceView[],
): Map<number, IssuedCode> {
  // Stopped since or not: a device that paired after the code was issued spent it.
  const spent = (code: IssuedCode) =>
    devices.some((d) => d.judgeId === code.judgeId && d.pairedAt >= code.issuedAt);
  return new Map([...codes].filter(([, code]) => !spent(code)));
}
