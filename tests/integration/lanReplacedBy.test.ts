import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/database';
import {
  insertLanDevice,
  markReplaced,
  readLanDevice,
  revokeLanDevice,
} from '../../electron/store/lanDevicesTable';
import { organizerStore } from '../helpers/judgingFixture';
import { tempDirsForEachTest } from '../helpers/tempDir';

const tempDir = tempDirsForEachTest();

describe('a store from before devices named their replacement (migration 15)', () => {
  it('finds each takeover in the devices it already holds, and leaves a plain revocation alone', () => {
    const { db, judges } = organizerStore(tempDir());
    const path = db.name;
    const device = (judgeId: number, name: string, at: string) =>
      insertLanDevice(db, { judgeId, name, publicKey: name, tokenHash: name, at });
    // Judge 1 moved from an old phone to a spare in one takeover (same moment); judge 2's
    // tablet was switched off, and a new one paired later.
    const oldPhone = device(judges[0]!.id, '旧手机', '2026-10-20T09:00:00.000Z');
    revokeLanDevice(db, oldPhone, {
      at: '2026-10-20T10:00:00.000Z',
      by: 'organizer',
      reason: '没电',
    });
    const spare = device(judges[0]!.id, '备用手机', '2026-10-20T10:00:00.000Z');
    const tablet = device(judges[1]!.id, '平板', '2026-10-20T09:00:00.000Z');
    revokeLanDevice(db, tablet, {
      at: '2026-10-20T10:00:00.000Z',
      by: 'organizer',
      reason: '遗失',
    });
    device(judges[1]!.id, '新平板', '2026-10-20T10:05:00.000Z');
    db.exec('ALTER TABLE lan_devices DROP COLUMN replaced_by');
    db.pragma('user_version = 14');
    db.close();

    const migrated = openStore(path);
    try {
      expect(readLanDevice(migrated, oldPhone)?.replacedBy).toBe(spare);
      expect(readLanDevice(migrated, tablet)?.replacedBy).toBeNull();
      expect(readLanDevice(migrated, spare)?.replacedBy).toBeNull();
      // From now on the takeover itself names the new device.
      markReplaced(migrated, tablet, spare);
      expect(readLanDevice(migrated, tablet)?.replacedBy).toBe(spare);
    } finally {
      migrated.close();
    }
  });
});
