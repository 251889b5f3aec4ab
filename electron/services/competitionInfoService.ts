import type { CompetitionInfo } from '../../shared/domain/competition';
import { readAuditSince, recordAudit } from '../store/auditTable';
import { readCompetition, updateCompetitionInfo } from '../store/competitionTable';
import { type Db, inTransaction } from '../store/database';

export const COMPETITION_INFO_ACTION = 'competition.info';

/** The competition's name, edition, venue and dates, changed and audited in one transaction. */
export function changeCompetitionInfo(db: Db, info: CompetitionInfo): void {
  inTransaction(db, () => {
    const before = competitionInfo(db);
    const after = {
      name: info.name,
      edition: info.edition,
      venue: info.venue,
      startDate: info.startDate,
      endDate: info.endDate,
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    updateCompetitionInfo(db, after);
    recordAudit(db, {
      action: COMPETITION_INFO_ACTION,
      subject: `competition:${readCompetition(db).id}`,
      before,
      after,
    });
  });
}

export function competitionInfo(db: Db): CompetitionInfo {
  const { name, edition, venue, startDate, endDate } = readCompetition(db);
  return { name, edition, venue, startDate, endDate };
}

/**
 * The competition's details as they were at a time, from the audit of their changes; undefined
 * when they have not changed since. A judge file issued then carried these.
 */
export function competitionInfoAt(db: Db, at: string): CompetitionInfo | undefined {
  const [first] = readAuditSince(db, COMPETITION_INFO_ACTION, at);
  return first ? (first.before as CompetitionInfo) : undefined;
}
