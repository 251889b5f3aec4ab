import { describe, expect, it } from 'vitest';
import { keyFingerprint, verifyWith } from '../../electron/services/signing';
import { parseScoreFile } from '../../shared/formats/scoreFile';
import {
  type DeviceMark,
  deviceKeyFromSecret,
  deviceScoreFile,
  makeDeviceKey,
  sendableMarks,
} from '../../shared/lan/deviceScoreFile';

// The device's signed score file (shared/lan, with @noble/curves) must be what the head table's
// Node crypto checks: the same Ed25519, the same canonical bytes, the same format.

const judgeFile = {
  competition: { id: '0b6f3c4e-8a6f-4a57-9c43-2f3b1d1e5a10' },
  judge: { id: 7, name: '王晓明', keyEpoch: 2 },
  rubricFingerprint: 'a'.repeat(64),
} as Parameters<typeof deviceScoreFile>[0]['judgeFile'];

const mark = (entryId: number, criterion: string, value: number | null): DeviceMark => ({
  entryId,
  entryNo: String(entryId).padStart(3, '0'),
  track: 'exhibit',
  criterion,
  value,
  revision: 1,
  updatedAt: '2026-10-21T09:00:00.000Z',
});

describe('a device’s score file', () => {
  it('parses as a score file and verifies with the head table’s Ed25519', () => {
    const key = makeDeviceKey();
    const { text } = deviceScoreFile({
      judgeFile,
      key,
      marks: [mark(2, 'content', 3000), mark(1, 'design', null)],
    });
    const parsed = parseScoreFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.judge).toEqual({
      id: 7,
      name: '王晓明',
      keyEpoch: 2,
      publicKey: key.publicKey,
    });
    // Blank stays blank, never zero.
    expect(parsed.file.scores.map((s) => s.value)).toEqual([null, 3000]);
    expect(verifyWith(key.publicKey, parsed.payload, parsed.file.signature)).toBe(true);
    expect(verifyWith(makeDeviceKey().publicKey, parsed.payload, parsed.file.signature)).toBe(
      false,
    );
    expect(keyFingerprint(key.publicKey)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  });

  it('is byte for byte the same for the same marks, whatever order the device kept them in', () => {
    const key = deviceKeyFromSecret(makeDeviceKey().secretKey);
    const a = deviceScoreFile({ judgeFile, key, marks: [mark(1, 'a', 100), mark(2, 'b', 200)] });
    const b = deviceScoreFile({ judgeFile, key, marks: [mark(2, 'b', 200), mark(1, 'a', 100)] });
    expect(a.text).toBe(b.text);
  });
});

describe('what a device sends of what it keeps', () => {
  it('leaves out marks of entries the sheet no longer lists or now recuses, and renumbers by the sheet', () => {
    const entries = [
      { id: 1, no: '001', track: 'exhibit', recusal: undefined },
      { id: 2, no: '012', track: 'drama', recusal: undefined },
      { id: 3, no: '003', track: 'exhibit', recusal: { reason: '同单位' } },
    ];
    const kept = [mark(1, 'a', 100), mark(2, 'a', 200), mark(3, 'a', 300), mark(4, 'a', 400)];
    expect(sendableMarks(entries, kept).map((m) => [m.entryId, m.entryNo, m.track])).toEqual([
      [1, '001', 'exhibit'],
      [2, '012', 'drama'],
    ]);
  });
});
