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
});
