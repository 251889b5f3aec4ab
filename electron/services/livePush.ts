import type { LivePushState, LivePushStateName } from '../../shared/api/livePush';
import { AppFailure } from '../../shared/errors';
import type { JudgeHall } from '../../shared/formats/judgeHall';
import { type HallReply, postToHall } from '../lan/hallClient';
import { readJudgeHall } from '../store/judgeHallTable';
import { readOwnKey } from '../store/ownKeyTable';
import { readRole } from '../store/roleTable';
import type { KeyVault } from './keyVault';
import { signedScoreFile } from './scoreFileService';
import type { Session } from './session';
import { keyFingerprint } from './signing';

// Judge side: when the judge file named the head table's hall, the judge's signed score file —
// the same document an export writes — goes there in the background, a moment after the judge's
// last mark and on 提交, and again after a failure until it is saved. Marks never wait for it:
// each is on this laptop's disk before the sheet shows it, and the USB route always stays. The
// document always holds every mark, so any push that arrives says it all, and one that arrives
// twice changes nothing at the head table.

export interface LivePushOptions {
  /** After the last change, before pushing: a judge typing a row makes one push, not five. */
  debounceMs: number;
  /** The first wait after a failure; doubled each time, up to `maxRetryMs`. */
  retryMs: number;
  maxRetryMs: number;
  /** How long the head table may take to answer. */
  timeoutMs: number;
}

export const LIVE_PUSH_TIMING: LivePushOptions = {
  debounceMs: 1000,
  retryMs: 3000,
  maxRetryMs: 30_000,
  timeoutMs: 10_000,
};

/** The wait before the next try after `failures` failures in a row. */
export function retryDelay(failures: number, options: LivePushOptions): number {
  const doubled = options.retryMs * 2 ** Math.max(0, Math.min(failures - 1, 20));
  return Math.min(doubled, options.maxRetryMs);
}

/** What an answer from the hall means for the sheet, and whether to try again unchanged. */
export function readReply(reply: HallReply): {
  state: Exclude<LivePushStateName, 'off' | 'sending'>;
  retry: boolean;
  waitSeconds?: number;
} {
  if (reply.kind === 'wrongCertificate') return { state: 'wrongCertificate', retry: true };
  if (reply.kind === 'unreachable') return { state: 'unreachable', retry: true };
  const body = reply.body as { ok?: unknown; value?: { status?: unknown } } | null;
  if (reply.status === 200 && body?.ok === true) {
    const status = body.value?.status;
    if (status === 'applied' || status === 'unchanged') return { state: 'delivered', retry: false };
    if (status === 'waiting') return { state: 'waiting', retry: true };
    // A refused document is refused again unchanged: the next change sends it anew.
    if (status === 'refused') return { state: 'refused', retry: false };
  }
  if (reply.status === 429) {
    const errors = (reply.body as { errors?: Array<{ params?: { seconds?: unknown } }> } | null)
      ?.errors;
    const seconds = Number(errors?.[0]?.params?.seconds);
    return {
      state: 'unreachable',
      retry: true,
      ...(Number.isFinite(seconds) ? { waitSeconds: seconds } : {}),
    };
  }
  // No competition open there, a full disk, an address the head table no longer serves.
  return { state: 'unreachable', retry: true };
}

export class LivePush {
  private storePath: string | null = null;
  /** Changes of this sheet seen in this run; `delivered` is the one the head table saved. */
  private generation = 0;
  private delivered = 0;
  private state: LivePushStateName = 'off';
  private deliveredAt: string | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = false;
  /** This laptop holds no key it can sign with: exporting says why; nothing goes live. */
  private cannotSign = false;

  constructor(
    private readonly session: Session,
    private readonly vault: KeyVault,
    private readonly options: LivePushOptions = LIVE_PUSH_TIMING,
  ) {}

  /** A mark was set, cleared or submitted, or a newer judge file opened: push soon. */
  changed(): void {
    this.follow();
    this.generation += 1;
    if (!this.hall()) return;
    // A failure stays said until an answer says otherwise: a keystroke is no news of the hall.
    if (this.state === 'delivered' || this.state === 'off') this.state = 'sending';
    this.schedule(this.options.debounceMs);
  }

  /** How it stands; the first ask on a sheet just opened sends what the sheet holds. */
  status(): LivePushState {
    this.follow();
    const hall = this.hall();
    if (!hall || this.cannotSign) return { state: 'off', deliveredAt: null, keyFingerprint: null };
    if (this.state === 'off') {
      this.state = 'sending';
      this.schedule(0);
    }
    const own = readOwnKey(this.session.db());
    return {
      state: this.state,
      deliveredAt: this.deliveredAt,
      keyFingerprint: own ? keyFingerprint(own.publicKey) : null,
    };
  }

  /** Stops the timer (the window or the process is going). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Another sheet opened (or none): its own state, from the start. */
  private follow(): void {
    const path = this.session.path;
    if (path === this.storePath) return;
    this.stop();
    this.storePath = path;
    this.generation = 1;
    this.delivered = 0;
    this.state = 'off';
    this.deliveredAt = null;
    this.failures = 0;
    this.cannotSign = false;
  }

  private hall(): JudgeHall | undefined {
    if (this.session.path === null) return undefined;
    const db = this.session.db();
    if (readRole(db).role !== 'judge') return undefined;
    return readJudgeHall(db);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.push().catch((error) => {
        console.error(`ScoreDesk live delivery: ${String(error)}`);
      });
    }, ms);
    // Never what keeps the app or a command running.
    this.timer.unref();
  }

  private async push(): Promise<void> {
    // One push at a time; the one running sends again if the sheet changed meanwhile.
    if (this.inFlight) return;
    const path = this.storePath;
    const hall = this.hall();
    if (!hall || path !== this.session.path) return;
    const generation = this.generation;
    let document: string;
    try {
      document = signedScoreFile(this.session.db(), this.vault).content;
    } catch (error) {
      // No key on this laptop (sheet.keyElsewhere, sheet.noOwnKey): the export says why.
      if (!(error instanceof AppFailure)) throw error;
      this.cannotSign = true;
      return;
    }
    this.inFlight = true;
    let reply: HallReply;
    try {
      reply = await postToHall(hall, 'scoreFile.push', { document }, this.options.timeoutMs);
    } finally {
      this.inFlight = false;
    }
    if (this.session.path !== path || this.storePath !== path) return;
    const read = readReply(reply);
    if (read.state === 'delivered') {
      this.delivered = Math.max(this.delivered, generation);
      this.deliveredAt = new Date().toISOString();
      this.failures = 0;
      if (this.delivered >= this.generation) {
        this.state = 'delivered';
      } else {
        this.state = 'sending';
        this.schedule(0);
      }
      return;
    }
    this.state = read.state;
    if (this.generation > generation) {
      // Changed while this one was out: the newer document goes at once.
      this.schedule(0);
      return;
    }
    if (!read.retry) return;
    this.failures += 1;
    const wait =
      read.waitSeconds !== undefined
        ? read.waitSeconds * 1000
        : retryDelay(this.failures, this.options);
    this.schedule(wait);
  }
}
