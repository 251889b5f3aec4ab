import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAddress } from '../../electron/lan/addresses';
import { PairingLimiter } from '../../electron/lan/pairingLimiter';
import {
  normalizePairingCode,
  PAIRING_ALPHABET,
  pairingCodeFromBytes,
} from '../../shared/lan/pairingCode';
import { pairingLinkText, parsePairingLink } from '../../shared/lan/pairingLink';

describe('pairing codes', () => {
  it('are eight characters people do not misread, accepted however they are typed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (bytes) => {
        const code = pairingCodeFromBytes(bytes)!;
        expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
        expect(code).not.toMatch(/[01OIL]/);
        expect(normalizePairingCode(code.toLowerCase().replace('-', ' '))).toBe(code);
        expect(normalizePairingCode(` ${code.replace('-', '')} `)).toBe(code);
      }),
    );
    expect(PAIRING_ALPHABET).toHaveLength(31);
    expect(normalizePairingCode('ABCD-EFG0')).toBeNull();
    expect(normalizePairingCode('ABCD-EFGHJ')).toBeNull();
  });

  it('travel in the QR link with the address and certificate, in the fragment only', () => {
    const link = pairingLinkText({
      origin: 'https://192.168.8.10:8443',
      code: 'K7QM-3WXP',
      certificate: 'ab'.repeat(32),
    });
    expect(link.split('#')[0]).toBe('https://192.168.8.10:8443/judge');
    expect(parsePairingLink(link)).toEqual({
      origin: 'https://192.168.8.10:8443',
      code: 'K7QM-3WXP',
      certificate: 'ab'.repeat(32),
    });
    // An HTTPS link without the certificate to compare is not a pairing link.
    expect(parsePairingLink('https://192.168.8.10:8443/judge#code=K7QM-3WXP')).toBeNull();
    expect(parsePairingLink('http://192.168.8.10:8080/judge#code=K7QM-3WXP')).toMatchObject({
      certificate: null,
    });
    expect(parsePairingLink('javascript:alert(1)')).toBeNull();
  });
});

describe('pairing attempts', () => {
  it('are held back per device and overall, and let through again after the minute', () => {
    const limiter = new PairingLimiter({ perAddress: 3, overall: 5, windowMs: 60_000 });
    const at = 1_000_000;
    expect([1, 2, 3, 4].map((i) => limiter.take('10.0.0.2', at + i).ok)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.take('10.0.0.3', at + 5).ok).toBe(true);
    expect(limiter.take('10.0.0.4', at + 6).ok).toBe(true);
    expect(limiter.take('10.0.0.5', at + 7)).toEqual({ ok: false, retryAfter: 60 });
    expect(limiter.take('10.0.0.2', at + 60_002).ok).toBe(true);
  });
});

describe('the hall address', () => {
  const here = [
    { address: '127.0.0.1', family: 'IPv4' as const, interface: 'lo', internal: true },
    { address: '192.168.8.10', family: 'IPv4' as const, interface: 'wlan0', internal: false },
  ];
  it('is the one outside address, or the one asked for when it is this machine’s', () => {
    expect(chooseAddress(undefined, false, here)).toEqual({
      ok: true,
      address: '192.168.8.10',
      everyInterface: false,
    });
    expect(chooseAddress('127.0.0.1', false, here)).toMatchObject({
      ok: true,
      address: '127.0.0.1',
    });
    expect(chooseAddress('10.1.1.1', false, here)).toMatchObject({
      ok: false,
      error: { code: 'lan.addressNotHere' },
    });
    const two = [...here, { ...here[1]!, address: '172.20.10.2', interface: 'usb0' }];
    expect(chooseAddress(undefined, false, two)).toMatchObject({
      ok: false,
      error: {
        code: 'lan.chooseAddress',
        params: { list: '127.0.0.1, 192.168.8.10, 172.20.10.2' },
      },
    });
    expect(chooseAddress(undefined, false, [here[0]!])).toMatchObject({
      ok: false,
      error: { code: 'lan.noNetwork' },
    });
  });

  it('is every interface only when that was said explicitly', () => {
    expect(chooseAddress('0.0.0.0', false, here)).toEqual({
      ok: false,
      error: { code: 'lan.everyInterfaceNotAsked' },
    });
    expect(chooseAddress('0.0.0.0', true, here)).toEqual({
      ok: true,
      address: '0.0.0.0',
      everyInterface: true,
    });
  });
});
