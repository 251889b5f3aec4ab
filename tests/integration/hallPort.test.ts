import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHallServer } from '../../electron/lan/hallServer';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';

let other: Server | null = null;
afterEach(() => other?.close());

describe('opening the hall on a port another program holds', () => {
  it('says which port is taken, in the user’s words, not the system’s', async () => {
    other = createServer();
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as AddressInfo).port;
    const opening = startHallServer({
      address: '127.0.0.1',
      port,
      tls: null,
      dispatch: () => ({ status: 500, body: { ok: false, errors: [] } }),
      staticDir: '',
      hostNames: () => ['127.0.0.1'],
    });
    const refusal = await opening.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppFailure);
    const [error] = (refusal as AppFailure).errors;
    expect(error).toEqual({ code: 'lan.portInUse', params: { port } });
    expect(translate('zh-CN', error!.code, error!.params)).toContain(String(port));
  });
});
