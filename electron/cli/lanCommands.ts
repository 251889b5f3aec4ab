import type { Language } from '../../shared/api/app';
import type { LanStatus } from '../../shared/api/lan';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { certificateFingerprintText } from '../../shared/lan/pairingLink';
import type { Backend } from '../ipc/backend';

// `scoredesk serve --lan`: the hall network opened from the command line, and what it means
// printed for the organizer (the address, the certificate to compare or the consequences of
// plain HTTP) — the same service as 现场联网评分 in the app.

export interface HallFlags {
  address?: string | undefined;
  port?: string | undefined;
  http: boolean;
  'every-interface': boolean;
  codes: boolean;
  'code-minutes'?: string | undefined;
}

export async function openHallFromCli(
  backend: Backend,
  flags: HallFlags,
  language: Language,
): Promise<LanStatus> {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  console.log(t('lan.cli.addresses'));
  for (const a of backend.hall.addresses()) {
    console.log(
      t(a.internal ? 'lan.cli.addressLoopback' : 'lan.cli.address', {
        address: a.address,
        interface: a.interface,
      }),
    );
  }
  const https = !flags.http;
  const status = await backend.hall.open({
    address: flags.address,
    port: flags.port === undefined ? (https ? 8443 : 8080) : Number(flags.port),
    https,
    everyInterface: flags['every-interface'],
  });
  console.log(t('lan.cli.open', { origin: status.origin! }));
  if (status.certificate) {
    console.log(
      t('lan.cli.https', { fingerprint: certificateFingerprintText(status.certificate) }),
    );
  } else {
    console.log(t('lan.cli.http'));
  }
  if (status.everyInterface) console.log(t('lan.cli.everyInterface', { address: status.address! }));
  if (backend.hall.addresses().some((a) => a.internal && a.address === status.address)) {
    console.log(t('lan.cli.loopback', { address: status.address! }));
  }
  if (flags.codes) printCodes(backend, Number(flags['code-minutes'] ?? 30), language);
  console.log(`SCOREDESK_LAN_ORIGIN=${status.origin}`);
  if (status.certificate) console.log(`SCOREDESK_LAN_CERTIFICATE=${status.certificate}`);
  return status;
}

function printCodes(backend: Backend, minutes: number, language: Language): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
    throw AppFailure.of('error.invalidInput', { field: '--code-minutes', detail: '1–240' });
  }
  const judgeIds = backend.hall.judgesToPair();
  if (judgeIds.length === 0) {
    console.log(translate(language, 'lan.cli.noCodes'));
    return;
  }
  console.log(translate(language, 'lan.cli.codesTitle', { minutes }));
  for (const code of backend.hall.issueCodes({ judgeIds, validMinutes: minutes })) {
    console.log(
      translate(language, 'lan.cli.code', { judge: code.judge, code: code.code, link: code.link }),
    );
  }
}
