import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceStore } from '../../renderer/src/judge/deviceStore';
import { DeviceSync } from '../../renderer/src/judge/deviceSync';

afterEach(() => vi.unstubAllGlobals());

describe('a mark the judge’s device cannot keep', () => {
  it('is answered as not kept, and nothing of it is counted as kept or to send', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    // The browser's storage refuses the write (full, evicted, a private window).
    const full = {
      updateMarks: () => Promise.reject(new Error('QuotaExceededError')),
    } as unknown as DeviceStore;
    const sync = new DeviceSync(full);
    const cell = { entryId: 1, entryNo: '001', track: 'exhibit', criterion: 'content' };
    await expect(sync.setMark(cell, 800)).resolves.toBe(false);
    expect(sync.snapshot().marks.size).toBe(0);
  });

  it('is not "all sent" while the device is still writing it', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    let write: () => void = () => {};
    const slow = {
      updateMarks: () => new Promise<never[]>((resolve) => (write = () => resolve([]))),
    } as unknown as DeviceStore;
    const sync = new DeviceSync(slow);
    const kept = sync.setMark({ entryId: 1, entryNo: '001', track: 'exhibit', criterion: 'c' }, 8);
    // The judge pressed Enter: until the write is done, the bar says the mark is on its way.
    expect(sync.snapshot().keeping).toBe(1);
    write();
    await expect(kept).resolves.toBe(true);
    expect(sync.snapshot().keeping).toBe(0);
  });
});
