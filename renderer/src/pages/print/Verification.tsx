import type { PostedResultsView } from '../../../../shared/api/signedResults';
import { useI18n } from '../../i18n/I18nProvider';
import { VerificationQr } from '../results/VerificationQr';
import '../results/PostedList.css';

/** The verification code, the competition's fingerprint and the QR code under a posted list. */
export function Verification({ posted }: { posted: PostedResultsView }) {
  const { t } = useI18n();
  const file = posted.posted;
  return (
    <div className="verification">
      <VerificationQr
        text={posted.qrText}
        label={t('signedResults.qrAlt', { code: posted.code })}
      />
      <div>
        <p className="verification-code">{t('signedResults.code', { code: posted.code })}</p>
        <p className="fingerprint-line">
          {t('signedResults.fingerprint', { fingerprint: file.competition.fingerprint })}
        </p>
        <p className="small">{t('signedResults.howToVerify')}</p>
      </div>
    </div>
  );
}
