import type { LanStatus } from '../../../../shared/api/lan';
import { certificateFingerprintText } from '../../../../shared/lan/pairingLink';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The open hall: the address the judges open and the certificate's fingerprint, large and in
 * groups, to be read aloud and compared with what each judge's browser shows.
 */
export function HallOpenCard(props: { status: LanStatus; busy: boolean; onClose: () => void }) {
  const { t, language } = useI18n();
  const { status } = props;
  const groups = status.certificate
    ? certificateFingerprintText(status.certificate).split(':')
    : [];
  return (
    <section className="card hall-status" aria-labelledby="hall-status-title">
      <div className="inline hall-status-head">
        <h2 id="hall-status-title">{t('hallScreen.openTitleOpen')}</h2>
        <span className="spacer" />
        <button type="button" className="danger" disabled={props.busy} onClick={props.onClose}>
          {t('hallScreen.close')}
        </button>
      </div>
      <p className="hall-origin">
        <span className="muted">{t('hallScreen.origin')}</span>{' '}
        <strong data-origin>{status.origin}</strong>
      </p>
      {status.everyInterface && (
        <p className="hall-warning">{t('hallScreen.everyInterfaceOpen')}</p>
      )}
      {status.https && status.certificate ? (
        <div className="hall-fingerprint">
          <h3>{t('hallScreen.fingerprint')}</h3>
          <p className="fingerprint-groups" data-fingerprint={status.certificate}>
            {groups.map((group, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: groups repeat; their place is the key
              <span key={i}>{group}</span>
            ))}
          </p>
          <p className="small muted">{t('hallScreen.fingerprintHint')}</p>
          {status.certificateExpiresAt && (
            <p className="small muted">
              {t('hallScreen.fingerprintExpires', {
                at: new Date(status.certificateExpiresAt).toLocaleDateString(language),
              })}
            </p>
          )}
        </div>
      ) : (
        <p className="hall-warning">
          <strong>{t('hallScreen.plainHttp')}</strong> {t('hallScreen.httpConsequences')}
        </p>
      )}
    </section>
  );
}
