import type { Database } from 'better-sqlite3';
import { up as initial } from './0001-initial';
import { up as results } from './0002-results';
import { up as judging } from './0003-judging';
import { up as clearedCells } from './0004-cleared-cells';
import { up as identities } from './0005-identities';
import { up as signingKeys } from './0006-signing-keys';
import { up as recusalExemptionsLateEntries } from './0007-recusal-exemptions-late-entries';
import { up as postedResults } from './0008-posted-results';
import { up as seatsOfficialsPhone } from './0009-seats-officials-phone';
import { up as mergeReport } from './0010-merge-report';
import { up as doubleEntry } from './0011-double-entry';
import { up as lan } from './0012-lan';
import { up as stage } from './0013-stage';
import { up as judgeHall } from './0014-judge-hall';
import { up as lanReplacedBy } from './0015-lan-replaced-by';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** In order; the store's `user_version` is the version of the last one applied. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'results', up: results },
  { version: 3, name: 'judging', up: judging },
  { version: 4, name: 'cleared-cells', up: clearedCells },
  { version: 5, name: 'identities', up: identities },
  { version: 6, name: 'signing-keys', up: signingKeys },
  { version: 7, name: 'recusal-exemptions-late-entries', up: recusalExemptionsLateEntries },
  { version: 8, name: 'posted-results', up: postedResults },
  { version: 9, name: 'seats-officials-phone', up: seatsOfficialsPhone },
  { version: 10, name: 'merge-report', up: mergeReport },
  { version: 11, name: 'double-entry', up: doubleEntry },
  { version: 12, name: 'lan', up: lan },
  { version: 13, name: 'stage', up: stage },
  { version: 14, name: 'judge-hall', up: judgeHall },
  { version: 15, name: 'lan-replaced-by', up: lanReplacedBy },
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
