import type { LocalizedText } from '../domain/text';
import type { PostedRow } from '../formats/resultsFile';

// The award list (获奖名单) for the notice: per group, per award in the order of the awards
// (一等奖, 二等奖 … 优秀奖), the entries in rank order; then the single awards (单项奖) the jury
// chose, by name. Entries without an award are not on it.

export interface AwardListGroup {
  code: string;
  name: LocalizedText;
  tiers: Array<{ code: string; name: LocalizedText; rows: PostedRow[] }>;
  /** 单项奖 by name, in the order first given, each with its entries. */
  singles: Array<{ name: string; rows: PostedRow[] }>;
}

export function awardList(
  groups: ReadonlyArray<{ code: string; name: LocalizedText; rows: ReadonlyArray<PostedRow> }>,
): AwardListGroup[] {
  return groups
    .map((group) => {
      const ranked = [...group.rows].sort(
        (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
      );
      const tiers = new Map<string, AwardListGroup['tiers'][number]>();
      const singles = new Map<string, PostedRow[]>();
      for (const row of ranked) {
        if (row.award) {
          const tier = tiers.get(row.award.code) ?? { ...row.award, rows: [] };
          tier.rows.push(row);
          tiers.set(row.award.code, tier);
        }
        for (const name of row.singleAwards) singles.set(name, [...(singles.get(name) ?? []), row]);
      }
      return {
        code: group.code,
        name: group.name,
        tiers: [...tiers.values()],
        singles: [...singles].map(([name, rows]) => ({ name, rows })),
      };
    })
    .filter((group) => group.tiers.length > 0 || group.singles.length > 0);
}
