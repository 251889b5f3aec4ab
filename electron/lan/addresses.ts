import { networkInterfaces } from 'node:os';
import type { LanAddress } from '../../shared/api/lan';
import type { AppError } from '../../shared/errors';

// Which address the hall is served on. Exactly one, chosen: a laptop on the venue's travel
// router also has other networks (a phone's hotspot, a VPN, a cable to the projector), and a
// judges' page served on all of them would be served where nobody meant it to be.

/** The machine's addresses now, loopback included (marked internal). */
export function machineAddresses(): LanAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? [])
      .filter((a) => a.family === 'IPv4' || a.family === 'IPv6')
      // Link-local IPv6 needs a zone id a phone cannot type: not offered.
      .filter((a) => !(a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')))
      .map((a) => ({
        address: a.address,
        family: a.family as 'IPv4' | 'IPv6',
        interface: name,
        internal: a.internal,
      })),
  );
}

/** What a server listens on to take every interface's traffic. */
export const EVERY_INTERFACE: ReadonlySet<string> = new Set(['0.0.0.0', '::', '[::]']);

export type AddressChoice =
  | { ok: true; address: string; everyInterface: boolean }
  | { ok: false; error: AppError };

/**
 * The address asked for, when it is this machine's; 0.0.0.0 or :: only with `everyInterface`
 * said explicitly; none asked: the one outside address when there is exactly one.
 */
export function chooseAddress(
  requested: string | undefined,
  everyInterface: boolean,
  available: readonly LanAddress[],
): AddressChoice {
  const list = available.map((a) => a.address).join(', ') || '—';
  if (requested !== undefined && EVERY_INTERFACE.has(requested.trim())) {
    if (!everyInterface) return { ok: false, error: { code: 'lan.everyInterfaceNotAsked' } };
    return { ok: true, address: requested.includes(':') ? '::' : '0.0.0.0', everyInterface: true };
  }
  if (requested !== undefined) {
    const wanted = requested
      .trim()
      .replace(/^\[|\]$/g, '')
      .toLowerCase();
    const found = available.find((a) => a.address.toLowerCase() === wanted);
    if (!found) {
      return {
        ok: false,
        error: { code: 'lan.addressNotHere', params: { address: requested, list } },
      };
    }
    return { ok: true, address: found.address, everyInterface: false };
  }
  const outside = available.filter((a) => !a.internal && a.family === 'IPv4');
  if (outside.length === 1)
    return { ok: true, address: outside[0]!.address, everyInterface: false };
  if (outside.length === 0) return { ok: false, error: { code: 'lan.noNetwork' } };
  return { ok: false, error: { code: 'lan.chooseAddress', params: { list } } };
}

/** An address as it goes in a URL: IPv6 in brackets. */
export function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}
