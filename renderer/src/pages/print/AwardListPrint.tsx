import type { Track } from '../../../../shared/domain/rubric';
import type { PostedRow } from '../../../../shared/formats/resultsFile';
import { awardList } from '../../../../shared/print/awardList';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { PrintTitle, usePrintMargins } from './PrintTitle';
import { PublicationLine } from './PublicationLine';
import { usePrintResults } from './usePrintResults';

/**
 * The award list (获奖名单) for the notice: per group and award, the entries in rank order with
 * their organization, members and title; then the single awards the jury chose.
 */
export function AwardListPrint({ track }: { track: Track }) {
  const { t, pick, language } = useI18n();
  const { data, errors } = usePrintResults(track);
  usePrintMargins(pick(track.name), data?.versionText ?? null, false);
  if (!data) return <ErrorList errors={errors} />;
  const entries = new Map(data.entries.map((entry) => [entry.no, entry]));
  const groups = awardList(data.groups);
  const list = (rows: PostedRow[]) => (
    <table className="print-table award-table">
      <thead>
        <tr>
          <th className="col-no">{t('results.no')}</th>
          <th>{t('results.name')}</th>
          <th>{t('results.organization')}</th>
          <th>{t('print.workTitle')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const entry = entries.get(row.no);
          const members = entry?.members.map((m) => m.name) ?? [];
          return (
            <tr key={row.no}>
              <td className="col-no">{row.no}</td>
              <td>
                <span className="entry-name">{row.name}</span>
                {members.length > 0 && (
                  <span className="members">
                    {members.join(language === 'zh-CN' ? '、' : ', ')}
                  </span>
                )}
              </td>
              <td>{row.organization}</td>
              <td>{entry?.title ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <>
      <ErrorList errors={errors} />
      <article className="printout award-list">
        <PrintTitle heading={t('print.awardsHeading', { track: pick(track.name) })}>
          <PublicationLine data={data} />
        </PrintTitle>
        {groups.length === 0 && <p className="print-warning">{t('print.noAwards')}</p>}
        {groups.map((group) => (
          <section key={group.code} className="award-group">
            {data.groups.length > 1 && <h3 className="group-title">{pick(group.name)}</h3>}
            {group.tiers.map((tier) => (
              <div key={tier.code} className="award-tier" data-award={tier.code}>
                <h4>{t('print.tierCount', { award: pick(tier.name), count: tier.rows.length })}</h4>
                {list(tier.rows)}
              </div>
            ))}
            {group.singles.map((single) => (
              <div key={single.name} className="award-tier">
                <h4>
                  {t('print.singleAwards')} · {single.name}
                </h4>
                {list(single.rows)}
              </div>
            ))}
          </section>
        ))}
      </article>
    </>
  );
}
