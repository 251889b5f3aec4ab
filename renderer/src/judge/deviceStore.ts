import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { TokenRefusal } from '../../../shared/api/lanWire';
import type { JudgeFile } from '../../../shared/formats/judgeFile';
import type { KeptMark } from '../../../shared/lan/deviceMarks';

// What the judges' page keeps on the device, in its origin's IndexedDB: the device's own key and
// token, the last sheet the head table served, and every mark with what the head table has
// acknowledged of it. A mark is written here before anything is sent, in one transaction, so a
// reload, a sleeping tablet or a closed tab loses nothing typed.
//
// Why `idb` (a thin promise wrapper by a Chrome engineer, kept for years, ~1 kB): raw IndexedDB
// is callbacks and events on every request, and a transaction that silently commits early when
// a promise is awaited in it; `idb` keeps the same transactions with plain async/await.

export interface Pairing {
  origin: string;
  deviceId: number;
  deviceName: string;
  token: string;
  secretKey: string;
  publicKey: string;
  judge: { id: number; name: string; seats: Record<string, number> };
  /** The competition key of the first sheet: a sheet signed by any other is refused. */
  competitionKey: string | null;
  /** Set once the head table refuses the token: the page stops sending. */
  refused: TokenRefusal | null;
}

export interface Submission {
  submissions: number;
  submittedAt: string | null;
  /** The submission count the head table has acknowledged. */
  acknowledged: number;
}

interface JudgeDb extends DBSchema {
  pairing: { key: 'device'; value: Pairing };
  sheet: { key: 'judgeFile'; value: JudgeFile };
  submission: { key: 'submission'; value: Submission };
  marks: { key: string; value: KeptMark & { key: string } };
}

export interface DeviceStore {
  pairing(): Promise<Pairing | undefined>;
  savePairing(pairing: Pairing): Promise<void>;
  sheet(): Promise<JudgeFile | undefined>;
  saveSheet(file: JudgeFile): Promise<void>;
  submission(): Promise<Submission>;
  saveSubmission(submission: Submission): Promise<void>;
  marks(): Promise<KeptMark[]>;
  /** Each mark's kept copy replaced, in one transaction. */
  saveMarks(marks: readonly KeptMark[]): Promise<void>;
  /** Changes marks in one transaction from what is kept now (never from a stale copy). */
  updateMarks(change: (kept: Map<string, KeptMark>) => KeptMark[]): Promise<KeptMark[]>;
  clearMarks(): Promise<void>;
}

const key = (kept: KeptMark) => `${kept.mark.entryId}:${kept.mark.criterion}`;
const strip = ({ mark, acknowledged }: KeptMark): KeptMark => ({ mark, acknowledged });

export async function openDeviceStore(name = 'scoredesk-judge'): Promise<DeviceStore> {
  const db: IDBPDatabase<JudgeDb> = await openDB<JudgeDb>(name, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('pairing');
      upgrading.createObjectStore('sheet');
      upgrading.createObjectStore('submission');
      upgrading.createObjectStore('marks', { keyPath: 'key' });
    },
  });
  // A browser may evict an origin's storage under pressure unless asked to keep it.
  navigator.storage?.persist?.().catch(() => undefined);
  return {
    pairing: () => db.get('pairing', 'device'),
    savePairing: async (pairing) => {
      await db.put('pairing', pairing, 'device');
    },
    sheet: () => db.get('sheet', 'judgeFile'),
    saveSheet: async (file) => {
      await db.put('sheet', file, 'judgeFile');
    },
    submission: async () =>
      (await db.get('submission', 'submission')) ?? {
        submissions: 0,
        submittedAt: null,
        acknowledged: 0,
      },
    saveSubmission: async (submission) => {
      await db.put('submission', submission, 'submission');
    },
    marks: async () => (await db.getAll('marks')).map(strip),
    saveMarks: async (marks) => {
      const tx = db.transaction('marks', 'readwrite');
      await Promise.all([...marks.map((m) => tx.store.put({ ...m, key: key(m) })), tx.done]);
    },
    updateMarks: async (change) => {
      const tx = db.transaction('marks', 'readwrite');
      const all = await tx.store.getAll();
      const changed = change(new Map(all.map((m) => [m.key, strip(m)])));
      await Promise.all([...changed.map((m) => tx.store.put({ ...m, key: key(m) })), tx.done]);
      return changed;
    },
    clearMarks: async () => {
      await db.clear('marks');
      await db.put(
        'submission',
        { submissions: 0, submittedAt: null, acknowledged: 0 },
        'submission',
      );
    },
  };
}
