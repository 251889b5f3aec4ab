import type { LanAddress, LanDeviceView, LanStatus, PairingCodeView } from '../../shared/api/lan';
import { AppFailure } from '../../shared/errors';
import type { Session } from '../services/session';
import type { Db } from '../store/database';
import { readRole } from '../store/roleTable';
import { snapshotBefore } from '../store/snapshots';
import { chooseAddress, machineAddresses } from './addresses';
import { hallCertificate } from './certificate';
import { createHallDispatch } from './hallDispatch';
import { type HallServer, startHallServer } from './hallServer';
import { LiveEvents } from './liveEvents';
import { issuePairingCodes, judgesWithoutWriter, listDevices, revokeDevice } from './pairing';
import { PairingLimiter } from './pairingLimiter';

// 现场联网评分: the head table opens its competition to the judges' devices on the hall network.
// One per backend (window or `scoredesk serve`); it serves the organizer's competition open in
// that session, and only while it stays the one the hall was opened for.

const CLOSED: LanStatus = {
  open: false,
  address: null,
  port: null,
  https: false,
  origin: null,
  certificate: null,
  certificateExpiresAt: null,
  everyInterface: false,
};

export interface HallOptions {
  /** The built renderer, whose judge.html is the judges' page (none: the calls only). */
  staticDir?: string;
  /** The machine's addresses (tests give their own). */
  addresses?: () => LanAddress[];
}

export class HallService {
  readonly events = new LiveEvents();
  private readonly limiter = new PairingLimiter();
  private running: { server: HallServer; status: LanStatus; storePath: string } | null = null;
  private readonly listAddresses: () => LanAddress[];

  constructor(
    private readonly session: Session,
    private readonly options: HallOptions = {},
  ) {
    this.listAddresses = options.addresses ?? machineAddresses;
  }

  addresses(): LanAddress[] {
    return this.listAddresses();
  }

  status(): LanStatus {
    return this.running?.status ?? CLOSED;
  }

  async open(input: {
    address?: string | undefined;
    port: number;
    https: boolean;
    everyInterface: boolean;
  }): Promise<LanStatus> {
    const db = this.organizerDb();
    const available = this.listAddresses();
    const choice = chooseAddress(input.address, input.everyInterface, available);
    if (!choice.ok) throw new AppFailure([choice.error]);
    await this.close();
    const hostNames = () =>
      choice.everyInterface ? this.listAddresses().map((a) => a.address) : [choice.address];
    const certificate = input.https
      ? await hallCertificate(db, choice.address, choice.everyInterface ? hostNames() : [])
      : null;
    // Marks arrive one push at a time from now on, each in its own transaction: one snapshot
    // for the session, as a merge of files takes one before it.
    snapshotBefore(db, db.name, 'lan-open');
    const storePath = this.session.path!;
    const server = await startHallServer({
      address: choice.address,
      port: input.port,
      tls: certificate ? { cert: certificate.certPem, key: certificate.keyPem } : null,
      dispatch: createHallDispatch({
        db: () => this.servedDb(storePath),
        events: this.events,
        limiter: this.limiter,
      }),
      staticDir: this.options.staticDir ?? '',
      hostNames,
    });
    const status: LanStatus = {
      open: true,
      address: choice.address,
      port: server.port,
      https: certificate !== null,
      origin: server.origin,
      certificate: certificate?.fingerprint ?? null,
      certificateExpiresAt: certificate?.expiresAt ?? null,
      everyInterface: choice.everyInterface,
    };
    this.running = { server, status, storePath };
    this.events.publish({ type: 'hall', open: true });
    return status;
  }

  async close(): Promise<LanStatus> {
    const running = this.running;
    if (!running) return CLOSED;
    this.running = null;
    await running.server.close();
    this.events.publish({ type: 'hall', open: false });
    return CLOSED;
  }

  issueCodes(input: {
    judgeIds: number[];
    validMinutes: number;
    takeoverReason?: string | undefined;
  }): PairingCodeView[] {
    const running = this.running;
    if (!running) throw AppFailure.of('lan.notOpen');
    return issuePairingCodes(this.servedDb(running.storePath), input, {
      origin: running.status.origin!,
      certificate: running.status.certificate,
    });
  }

  /** The panel judges nobody writes for yet. */
  judgesToPair(): number[] {
    return judgesWithoutWriter(this.organizerDb());
  }

  devices(): LanDeviceView[] {
    return listDevices(this.organizerDb());
  }

  revoke(deviceId: number, reason: string): void {
    const device = revokeDevice(this.organizerDb(), deviceId, reason);
    this.events.publish({ type: 'devices', deviceId, judgeId: device.judgeId, change: 'revoked' });
  }

  private organizerDb(): Db {
    if (this.session.path === null) throw AppFailure.of('lan.noCompetition');
    const db = this.session.db();
    if (readRole(db).role !== 'organizer') throw AppFailure.of('lan.notOrganizerStore');
    return db;
  }

  /** The store the hall was opened for, while it is still the one open at the head table. */
  private servedDb(storePath: string): Db {
    if (this.session.path !== storePath) throw AppFailure.of('lan.noCompetition');
    return this.session.db();
  }
}
