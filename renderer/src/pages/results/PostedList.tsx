import type { PostedResultsView } from '../../../../shared/api/signedResults';
import { useI18n } from '../../i18n/I18nProvider';
import { PostedTable } from './PostedTable';
import { VerificationQr } from './VerificationQr';
import './PostedList.css';

/**
 * The posted list (公示) of a locked version, on paper only: its rows exactly as the signed
 * results file holds them (so what is posted is what the code verifies), then the code, the
 * competition's fingerprint and the QR code. The screen's table can change after the lock (an
 * organization corrected); this cannot.
 */
export function PostedList({ posted }: { posted: PostedResultsView }) {
  const file = posted.posted;
  return (
    <section className="print-only posted-list" data-version={file.publication.version}>
      <PostedTable groups={file.groups} />
      <Verification posted={posted} />
    </section>
  );
}

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
