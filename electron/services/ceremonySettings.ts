import { backgroundTypes, type CeremonySettings } from '../../shared/api/stage';
import { ceremonyOptionsSchema, defaultCeremonyOptions } from '../../shared/ceremony/awardsScript';
import {
  certificateLayoutSchema,
  defaultCertificateLayout,
} from '../../shared/ceremony/certificateLayout';
import { AppFailure } from '../../shared/errors';
import { readCompetition } from '../store/competitionTable';
import type { Db } from '../store/database';
import type { SettingsStore } from './settings';

// The ceremony's order and the certificate paper belong to the head table's printer and the
// paper bought for this event, not to the marks: they live in the settings, per competition,
// not in the competition file (whose input hash and signed versions they must never touch).

/** As written to the settings file: read back through the schemas, so a hand-edited file or
 * one from an older version falls back to the defaults instead of breaking the page. */
export interface StoredCeremony {
  competitionId: string;
  options?: unknown;
  layout?: unknown;
  background?: unknown;
}

export function readCeremonySettings(settings: SettingsStore, db: Db): CeremonySettings {
  const stored: Partial<StoredCeremony> = settings.ceremony(readCompetition(db).id) ?? {};
  const options = ceremonyOptionsSchema.safeParse(stored.options);
  const layout = certificateLayoutSchema.safeParse(stored.layout);
  const background = stored.background as CeremonySettings['background'] | undefined;
  return {
    options: options.success ? options.data : defaultCeremonyOptions,
    layout: layout.success ? layout.data : defaultCertificateLayout,
    background:
      background &&
      typeof background.base64 === 'string' &&
      (backgroundTypes as readonly string[]).includes(background.type)
        ? background
        : null,
  };
}

export function saveCeremonySettings(
  settings: SettingsStore,
  db: Db,
  change: Partial<CeremonySettings>,
): CeremonySettings {
  const before = readCeremonySettings(settings, db);
  if (change.background) checkImage(change.background);
  const next = { ...before, ...change };
  settings.setCeremony({ competitionId: readCompetition(db).id, ...next });
  return next;
}

/** The first bytes of each image type: a file that is not the image it says is refused. */
const SIGNATURES: Record<(typeof backgroundTypes)[number], (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
};

function checkImage(background: NonNullable<CeremonySettings['background']>): void {
  const head = Buffer.from(background.base64.slice(0, 64), 'base64');
  if (!SIGNATURES[background.type](head)) throw AppFailure.of('ceremony.backgroundNotImage');
}
