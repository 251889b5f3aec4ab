import type { TokenRefusal } from '../../../shared/api/lanWire';
import type { AppError } from '../../../shared/errors';
import type { JudgeFile } from '../../../shared/formats/judgeFile';
import {
  acknowledge,
  changeMark,
  fromHeadTable,
  type KeptMark,
  keptKey,
  unsentBySheet,
} from '../../../shared/lan/deviceMarks';
import {
  deviceScoreFile,
  judgeFileSignedBy,
  sendableMarks,
} from '../../../shared/lan/deviceScoreFile';
import type { DeviceStore, Pairing, Submission } from './deviceStore';
import { hallCall } from './hallCall';

// The device's side of "nothing lost" (docs/lan.md): every change goes to IndexedDB first, then
// the whole signed score file is pushed until the head table acknowledges it. Network errors and
// a restarting head table are retried with a growing pause (1 s … 30 s, jittered so that nine
// tablets coming back together do not knock at once); coming back online, or the tablet waking,
// tries at once. A refused token stops the device for good: its marks stay where they are.

export type Network = 'online' | 'offline' | 'unreachable';

export interface SyncState {
  pairing: Pairing | null;
  judgeFile: JudgeFile | null;
  marks: ReadonlyMap<string, KeptMark>;
  submission: Submission;
  network: Network;
  sending: boolean;
  /** Marks typed and not yet written to the device's storage: not "all sent" either. */
  keeping: number;
  /** Seconds until the next try, while the head table cannot be reached. */
  retryIn: number | null;
  /** The head table's reasons for refusing the last push (not retried unchanged). */
  refused: AppError[];
  /** The sheet served was not signed by the competition key this device pinned. */
  wrongSheet: boolean;
}

const HELLO_MS = 20_000;
const MAX_PAUSE_MS = 30_000;

/** One pending retry of one kind: scheduling it again replaces it; another kind's stays. */
class Retry {
  private timer: ReturnType<typeof setTimeout> | null = null;
  schedule(ms: number, run: () => void) {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      run();
    }, ms);
  }
  cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export class DeviceSync {
  private state: SyncState;
  private listeners = new Set<() => void>();
  private pushing = false;
  private again = false;
  private failures = 0;
  // A push answered does not stand for the sheet: each has its own retry, and a sheet that could
  // not be read is read again as soon as the head table answers anything.
  private pushRetry = new Retry();
  private sheetRetry = new Retry();
  private sheetStale = false;
  private helloTimer: ReturnType<typeof setInterval> | null = null;
  private refusedDocument: string | null = null;

  constructor(private readonly store: DeviceStore) {
    this.state = {
      pairing: null,
      judgeFile: null,
      marks: new Map(),
      submission: { submissions: 0, submittedAt: null, acknowledged: 0 },
      network: navigator.onLine ? 'online' : 'offline',
      sending: false,
      keeping: 0,
      retryIn: null,
      refused: [],
      wrongSheet: false,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.state;

  private set(change: Partial<SyncState>) {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  /** What the device kept, then the head table's sheet and a first push. */
  async start(): Promise<void> {
    const [pairing, judgeFile, marks, submission] = await Promise.all([
      this.store.pairing(),
      this.store.sheet(),
      this.store.marks(),
      this.store.submission(),
    ]);
    this.set({
      pairing: pairing ?? null,
      judgeFile: judgeFile ?? null,
      marks: new Map(marks.map((m) => [keptKey(m.mark.entryId, m.mark.criterion), m])),
      submission,
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    if (pairing && !pairing.refused) this.connect();
  }

  private connect() {
    this.stopTimers();
    this.helloTimer = setInterval(() => this.hello(), HELLO_MS);
    this.loadSheet().then(() => this.push());
  }

  private onOnline = () => {
    this.set({ network: 'online' });
    this.failures = 0;
    // The push first: the heartbeat after it then reports what is still unsent, if anything.
    this.push().then(() => this.hello());
  };

  private onOffline = () => this.set({ network: 'offline' });

  // A tablet waking from sleep: its timers were frozen, so ask at once (the sheet too: the
  // head table may have changed the roster or the recusals meanwhile).
  private onVisible = () => {
    if (document.visibilityState !== 'visible' || !this.state.pairing) return;
    if (this.state.pairing.refused) return;
    this.failures = 0;
    this.loadSheet().then(() => this.push());
  };

  private stopTimers() {
    this.pushRetry.cancel();
    this.sheetRetry.cancel();
    if (this.helloTimer) clearInterval(this.helloTimer);
    this.helloTimer = null;
  }

  /** What is still to send: a mark the newest sheet would have refused is not (see SyncBar). */
  private unsent(): number {
    return unsentBySheet(this.state.judgeFile?.entries ?? null, this.state.marks.values()).toSend;
  }

  private async refuseToken(code: TokenRefusal) {
    this.stopTimers();
    const pairing = { ...this.state.pairing!, refused: code };
    await this.store.savePairing(pairing);
    this.set({ pairing, sending: false, retryIn: null });
  }

  private unreachable(retry: Retry, then: () => void) {
    const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** this.failures) * (0.8 + Math.random() * 0.4);
    this.failures++;
    this.set({
      network: navigator.onLine ? 'unreachable' : 'offline',
      retryIn: Math.round(pause / 1000),
    });
    retry.schedule(pause, then);
  }

  private reached() {
    this.failures = 0;
    if (this.state.network !== 'online' || this.state.retryIn !== null) {
      this.set({ network: 'online', retryIn: null });
    }
  }

  async loadSheet(): Promise<void> {
    const pairing = this.state.pairing;
    if (!pairing || pairing.refused) return;
    const answer = await hallCall('device.sheet', { unsent: this.unsent() }, pairing.token);
    if (answer.kind === 'tokenRefused') return this.refuseToken(answer.code);
    if (answer.kind === 'unreachable') {
      this.sheetStale = true;
      return this.unreachable(this.sheetRetry, () => this.loadSheet().then(() => this.push()));
    }
    if (answer.kind === 'refused') return this.set({ refused: answer.errors });
    this.sheetStale = false;
    this.sheetRetry.cancel();
    this.reached();
    const { judgeFile, marks } = answer.value;
    const pinned = pairing.competitionKey ?? judgeFile.competition.publicKey;
    if (!judgeFileSignedBy(judgeFile, pinned) || judgeFile.judge.id !== pairing.judge.id) {
      return this.set({ wrongSheet: true });
    }
    if (pairing.competitionKey === null) {
      const pinning = { ...pairing, competitionKey: pinned };
      await this.store.savePairing(pinning);
      this.set({ pairing: pinning });
    }
    // Paired anew for another competition (another day's round at the same address): the marks
    // kept here were the other competition's, listed when its pairing ended, not this one's.
    if (this.state.judgeFile && this.state.judgeFile.competition.id !== judgeFile.competition.id) {
      await this.forgetSheet();
    }
    await this.store.saveSheet(judgeFile);
    const merged = await this.store.updateMarks((kept) =>
      marks.map((held) => fromHeadTable(kept.get(keptKey(held.entryId, held.criterion)), held)),
    );
    this.set({ judgeFile, wrongSheet: false, marks: this.withMarks(merged) });
  }

  private withMarks(changed: readonly KeptMark[]): Map<string, KeptMark> {
    const next = new Map(this.state.marks);
    for (const m of changed) next.set(keptKey(m.mark.entryId, m.mark.criterion), m);
    return next;
  }

  /** The judge typed a mark: kept on the device first, then sent; false when the device's
   * storage refused it. */
  async setMark(
    cell: { entryId: number; entryNo: string; track: string; criterion: string },
    value: number | null,
  ): Promise<boolean> {
    const k = keptKey(cell.entryId, cell.criterion);
    this.set({ keeping: this.state.keeping + 1 });
    let changed: KeptMark[] | null;
    try {
      changed = await this.store.updateMarks((kept) => {
        const previous = kept.get(k);
        if (previous ? previous.mark.value === value : value === null) return [];
        return [changeMark(previous, cell, value, new Date())];
      });
    } catch {
      changed = null;
    }
    const marks = changed?.length ? this.withMarks(changed) : this.state.marks;
    this.set({ keeping: this.state.keeping - 1, marks });
    if (!changed) return false;
    if (changed.length > 0) this.push();
    return true;
  }

  async submit(): Promise<void> {
    const previous = this.state.submission;
    const submission = {
      ...previous,
      submissions: previous.submissions + 1,
      submittedAt: new Date().toISOString(),
    };
    await this.store.saveSubmission(submission);
    this.set({ submission });
    this.push();
  }

  /** Sends the whole signed file while anything is unacknowledged; one push at a time. */
  async push(): Promise<void> {
    if (this.pushing) {
      this.again = true;
      return;
    }
    const { pairing, judgeFile, submission } = this.state;
    if (!pairing || pairing.refused || !judgeFile) return;
    const marks = sendableMarks(
      judgeFile.entries,
      [...this.state.marks.values()].map((k) => k.mark),
    );
    if (this.unsent() === 0 && submission.submissions <= submission.acknowledged) return;
    const { text } = deviceScoreFile({
      judgeFile,
      key: { secretKey: pairing.secretKey, publicKey: pairing.publicKey },
      marks,
      submissions: submission.submissions,
      submittedAt: submission.submittedAt,
    });
    // The head table said why it refused this very document: sending it again would not help.
    if (text === this.refusedDocument) return;
    this.pushRetry.cancel();
    this.pushing = true;
    this.again = false;
    this.set({ sending: true });
    try {
      // Every mark the device holds is in the document: answered, none is left unsent.
      const answer = await hallCall('device.push', { document: text, unsent: 0 }, pairing.token);
      if (answer.kind === 'tokenRefused') return await this.refuseToken(answer.code);
      if (answer.kind === 'unreachable') return this.unreachable(this.pushRetry, () => this.push());
      if (answer.kind === 'refused') {
        if (answer.status === 429 && answer.retryAfter !== null) {
          this.pushRetry.schedule(answer.retryAfter * 1000, () => this.push());
          return;
        }
        this.refusedDocument = text;
        return this.set({ refused: answer.errors });
      }
      this.reached();
      const acknowledged = await this.store.updateMarks((kept) =>
        marks.flatMap((pushed) => {
          const now = kept.get(keptKey(pushed.entryId, pushed.criterion));
          return now ? [acknowledge(now, pushed)] : [];
        }),
      );
      const done = {
        ...this.state.submission,
        acknowledged: Math.max(this.state.submission.acknowledged, submission.submissions),
      };
      await this.store.saveSubmission(done);
      this.set({ marks: this.withMarks(acknowledged), submission: done, refused: [] });
    } finally {
      this.pushing = false;
      this.set({ sending: false });
    }
    if (this.sheetStale) await this.loadSheet();
    // A mark typed while the push was on its way goes in the next one.
    if (this.again || this.unsent() > 0) this.push();
  }

  private async hello(): Promise<void> {
    const pairing = this.state.pairing;
    if (!pairing || pairing.refused) return;
    const answer = await hallCall('device.hello', { unsent: this.unsent() }, pairing.token);
    if (answer.kind === 'tokenRefused') return this.refuseToken(answer.code);
    if (answer.kind !== 'done') return;
    this.reached();
    if (!this.state.judgeFile || this.sheetStale) await this.loadSheet();
    if (this.unsent() > 0) this.push();
  }

  /** The sheet and marks kept here belong to someone or something else now. */
  private async forgetSheet(): Promise<void> {
    const submission = { submissions: 0, submittedAt: null, acknowledged: 0 };
    await this.store.clearMarks();
    await this.store.saveSubmission(submission);
    this.set({ marks: new Map(), judgeFile: null, submission });
  }

  /** Pairs with a one-time code: a new key made here, its secret kept only here. */
  async paired(pairing: Pairing): Promise<void> {
    const before = this.state.pairing;
    // Another judge on this device: the old judge's marks are not theirs to send.
    if (before && before.judge.id !== pairing.judge.id) await this.forgetSheet();
    // A new pairing trusts the head table it paired with, as the first did: the competition key
    // is pinned again from the first sheet it serves.
    const kept: Pairing = { ...pairing, competitionKey: null };
    await this.store.savePairing(kept);
    this.refusedDocument = null;
    this.set({ pairing: kept, refused: [] });
    this.connect();
  }
}
