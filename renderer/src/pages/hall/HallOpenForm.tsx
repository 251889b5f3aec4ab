import { useEffect, useState } from 'react';
import type { LanAddress } from '../../../../shared/api/lan';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** The choice in the address list that means 0.0.0.0: said in words, never the default. */
const EVERY = '*';
const HTTPS_PORT = 8443;
const HTTP_PORT = 8080;

export interface HallOpening {
  address: string;
  port: number;
  https: boolean;
  everyInterface: boolean;
}

/** Outside IPv4 first (what a phone on the router can reach), loopback last. */
function byReach(a: LanAddress, b: LanAddress): number {
  const rank = (x: LanAddress) => (x.internal ? 2 : 0) + (x.family === 'IPv6' ? 1 : 0);
  return rank(a) - rank(b);
}

/** One address of the machine, HTTPS or plain HTTP with what it costs, a port. */
export function HallOpenForm(props: {
  addresses: readonly LanAddress[];
  busy: boolean;
  onRefresh: () => void;
  onOpen: (opening: HallOpening) => void;
}) {
  const { t } = useI18n();
  const addresses = [...props.addresses].sort(byReach);
  const [address, setAddress] = useState('');
  const [https, setHttps] = useState(true);
  const [port, setPort] = useState(String(HTTPS_PORT));
  useEffect(() => {
    if (!addresses.some((a) => a.address === address) && address !== EVERY) {
      setAddress(addresses[0]?.address ?? '');
    }
  }, [addresses, address]);

  const chosen = addresses.find((a) => a.address === address);
  const portNumber = Number(port);
  const portValid = /^\d{1,5}$/.test(port) && portNumber <= 65535;
  const switchTransport = (next: boolean) => {
    setHttps(next);
    // The usual port of the other transport follows the choice; a port typed by hand stays.
    if (port === String(next ? HTTP_PORT : HTTPS_PORT)) {
      setPort(String(next ? HTTPS_PORT : HTTP_PORT));
    }
  };

  return (
    <section className="card hall-open" aria-labelledby="hall-open-title">
      <h2 id="hall-open-title">{t('hallScreen.openTitle')}</h2>
      {addresses.length === 0 && <p className="hall-warning">{t('hallScreen.noAddresses')}</p>}
      <div className="hall-open-grid">
        <Field label={t('hallScreen.address')} hint={t('hallScreen.addressHint')}>
          <select value={address} onChange={(e) => setAddress(e.target.value)}>
            {addresses.map((a) => (
              <option key={`${a.interface}-${a.address}`} value={a.address}>
                {t(a.internal ? 'hallScreen.addressLoopback' : 'hallScreen.addressOption', {
                  address: a.address,
                  interface: a.interface,
                })}
              </option>
            ))}
            <option value={EVERY}>{t('hallScreen.everyInterface')}</option>
          </select>
        </Field>
        <Field label={t('hallScreen.port')} hint={t('hallScreen.portHint')}>
          <input
            inputMode="numeric"
            value={port}
            aria-invalid={!portValid}
            onChange={(e) => setPort(e.target.value.trim())}
          />
        </Field>
        <div className="hall-open-refresh">
          <button type="button" onClick={props.onRefresh}>
            {t('hallScreen.refreshAddresses')}
          </button>
        </div>
      </div>
      {address === EVERY && <p className="hall-warning">{t('hallScreen.everyInterfaceWarning')}</p>}
      {chosen?.internal && <p className="hall-warning">{t('hallScreen.loopbackWarning')}</p>}
      <fieldset className="hall-transport">
        <legend>{t('hallScreen.transport')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="hall-transport"
            checked={https}
            onChange={() => switchTransport(true)}
          />
          <span>
            <strong>{t('hallScreen.https')}</strong>
            <span className="small muted">{t('hallScreen.httpsHint')}</span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="hall-transport"
            checked={!https}
            onChange={() => switchTransport(false)}
          />
          <span>
            <strong>{t('hallScreen.http')}</strong>
          </span>
        </label>
        {!https && <p className="hall-warning">{t('hallScreen.httpConsequences')}</p>}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={props.busy || !portValid || address === ''}
          onClick={() =>
            props.onOpen({
              address: address === EVERY ? '0.0.0.0' : address,
              port: portNumber,
              https,
              everyInterface: address === EVERY,
            })
          }
        >
          {t('hallScreen.open')}
        </button>
      </div>
    </section>
  );
}
