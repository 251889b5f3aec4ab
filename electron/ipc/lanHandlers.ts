import type { BackendContext, Handlers } from './handlers';

type LanCall =
  | 'lan.addresses'
  | 'lan.status'
  | 'lan.open'
  | 'lan.close'
  | 'lan.issueCodes'
  | 'lan.devices'
  | 'lan.revoke';

/** 现场联网评分: the hall network, opened and watched from the head table. */
export function lanHandlers({ hall }: BackendContext): Pick<Handlers, LanCall> {
  return {
    'lan.addresses': () => hall.addresses(),
    'lan.status': () => hall.status(),
    'lan.open': (input) => hall.open(input),
    'lan.close': () => hall.close(),
    'lan.issueCodes': (input) => hall.issueCodes(input),
    'lan.devices': () => hall.devices(),
    'lan.revoke': ({ deviceId, reason }) => {
      hall.revoke(deviceId, reason);
      return {};
    },
  };
}
