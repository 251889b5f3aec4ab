import type { PostedResultsView } from '../../../../shared/api/signedResults';
import { useI18n } from '../../i18n/I18nProvider';
import { VerificationQr } from './VerificationQr';
import './PostedList.css';

/**
 * The posted list (公示) of a locked version, on paper only: its rows exactly as the signed
 * results file holds them (so what is posted is what the code verifies), then the code, the
 * competition's fingerprint and the QR code. The screen's table can change after the lock (an
 * organization corrected); this cannot.
 */
export function PostedList({ posted }: { posted: PostedResultsView }) {
  const { t, pick } = useI18n();
  const file = posted.posted;
  const hasObjective = file.groups.some((group) =>
    group.rows.some((row) => row.objective !== null),
  );
  return (
    <section className="print-only posted-list" data-version={file.publication.version}>
      {file.groups.map((group) => (
        <div key={group.code} className="result-group">
          {file.groups.length > 1 && <h2>{pick(group.name)}</h2>}
          <table className="grid list results-table">
            <thead>
              <tr>
                <th className="num">{t('results.rank')}</th>
                <th>{t('results.no')}</th>
                <th>{t('results.name')}</th>
                <th>{t('results.organization')}</th>
                <th>{t('results.region')}</th>
                <th className="num">{t('results.panel')}</th>
                {hasObjective && <th className="num">{t('results.objective')}</th>}
                <th className="num">{t('results.penalties')}</th>
                <th className="num">{t('results.final')}</th>
                <th>{t('results.award')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.no} data-posted={row.no}>
                  <td className="num rank">{row.rank ?? '—'}</td>
                  <td>{row.no}</td>
                  <td>{row.name}</td>
                  <td>{row.organization}</td>
                  <td>{row.region}</td>
                  <td className="num">{row.panel ?? ''}</td>
                  {hasObjective && <td className="num">{row.objective ?? ''}</td>}
                  <td className="num">{row.penalties ? `−${row.penalties}` : ''}</td>
                  <td className="num final">{row.final ?? ''}</td>
                  <td>
                    {row.award ? pick(row.award.name) : ''}
                    {row.singleAwards.map((name) => ` · ${name}`).join('')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
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
    </section>
  );
}
