import type { AwardRules } from '../../../shared/domain/rubric';
import { tierCounts } from '../../../shared/scoring';
import { useI18n } from '../i18n/I18nProvider';
import './AwardCounts.css';

export interface AwardCountsRow {
  key: string;
  /** Says which group and how many entries the counts are of. */
  label: string;
  entries: number;
}

/** "一等奖 2 / 二等奖 3 / 三等奖 5 / 优秀奖 2" per group: what the rule gives, agreed before a lock. */
export function AwardCounts(props: { rules: AwardRules; rows: AwardCountsRow[] }) {
  const { pick } = useI18n();
  return (
    <ul className="award-counts">
      {props.rows.map((row) => {
        const { tiers, rest } = tierCounts(props.rules, row.entries);
        const parts = props.rules.tiers.map((tier, i) => `${pick(tier.name)} ${tiers[i] ?? 0}`);
        if (props.rules.rest) parts.push(`${pick(props.rules.rest)} ${rest}`);
        return (
          <li key={row.key} data-group={row.key}>
            <span className="award-counts-group">{row.label}</span>
            <span className="award-counts-tiers">{parts.join(' / ')}</span>
          </li>
        );
      })}
    </ul>
  );
}
