import { resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { findJudge, findTrack, namedJudges } from '../../shared/panel/whoIsMeant';
import { acceptJudgeKey, listJudgeKeys, retireJudgeKey } from '../services/judgeKeysService';
import { readAllPanels } from '../services/seatingService';
import { openStore } from '../store/database';
import { readJudges } from '../store/judgesTable';
import { readTracks } from '../store/tracksTable';

// `scoredesk keys <store>` lists the judges' keys with their fingerprints;
// `--accept --judge N --fingerprint F` accepts one the head table compared with the judge's
// screen; `--retire --judge N --reason R` retires a judge's keys (a lost laptop, a leaked file).

export function runKeys(
  store: string,
  options: {
    accept?: boolean;
    retire?: boolean;
    judge?: string;
    track?: string;
    fingerprint?: string;
    reason?: string;
  },
  language: Language,
): number {
  const db = openStore(resolve(store));
  try {
    let judgeId = 0;
    if (options.accept || options.retire) {
      if (!options.judge) throw AppFailure.of('cli.keysNeedJudge');
      // By name, seat (3号 with --track) or internal number, as every command takes a judge.
      const judges = namedJudges(readJudges(db), readAllPanels(db));
      const track =
        options.track === undefined ? undefined : findTrack(readTracks(db), options.track);
      if (track && !track.ok) throw new AppFailure(track.errors);
      const found = findJudge(judges, options.judge, track?.value.code);
      if (!found.ok) throw new AppFailure(found.errors);
      judgeId = found.value.id;
    }
    if (options.accept) {
      if (!options.fingerprint) throw AppFailure.of('cli.keysNeedJudge');
      acceptJudgeKey(db, judgeId, options.fingerprint.trim().toUpperCase());
      console.log(translate(language, 'cli.keyAccepted', { fingerprint: options.fingerprint }));
    } else if (options.retire) {
      retireJudgeKey(db, judgeId, options.reason ?? '');
      console.log(translate(language, 'cli.keyRetired'));
    }
    const keys = listJudgeKeys(db);
    if (keys.length === 0) console.log(translate(language, 'cli.keysNone'));
    for (const key of keys) {
      console.log(
        translate(language, 'cli.keyLine', {
          judge: `${key.judge} (#${key.judgeId})`,
          fingerprint: key.fingerprint,
          state: translate(language, `judgeKeys.state.${key.state}`),
          at: key.firstSeenAt,
        }),
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
