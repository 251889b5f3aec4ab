import type { LanCallOutput } from '../../shared/api/lanWire';
import type { JudgeFile } from '../../shared/formats/judgeFile';
import { signedPayload } from '../../shared/formats/signedFile';
import { competitionKeyPair } from '../services/competitionKeys';
import { judgeFileContent } from '../services/judgeFileService';
import { signWith } from '../services/signing';
import type { Db } from '../store/database';
import type { LanDeviceRow } from '../store/lanDevicesTable';
import { readJudgeCells } from '../store/scoreCellsTable';

// What a paired device is given: its judge's judge file as the head table would issue it now
// (signed with the competition's key, not recorded as issued: nothing was handed out), and the
// marks the head table holds from that judge, so a device paired anew (a takeover, a cleared
// browser) continues from them rather than starting below their revisions.

export function deviceSheet(db: Db, device: LanDeviceRow): LanCallOutput<'device.sheet'> {
  const keys = competitionKeyPair(db);
  const unsigned: Omit<JudgeFile, 'signature'> = {
    ...judgeFileContent(db, device.judgeId, keys.publicKey),
    issuedAt: new Date().toISOString(),
  };
  const judgeFile: JudgeFile = {
    ...unsigned,
    signature: signWith(keys.privateKey, signedPayload(unsigned)),
  };
  const marks = readJudgeCells(db, device.judgeId).map((c) => ({
    entryId: c.entryId,
    entryNo: c.entryNo,
    track: c.track,
    criterion: c.criterion,
    value: c.value,
    revision: c.revision,
    updatedAt: c.updatedAt,
  }));
  return { judgeFile, marks, device: { id: device.id, name: device.name } };
}
