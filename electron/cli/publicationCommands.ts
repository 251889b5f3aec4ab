import type { Language } from '../../shared/api/app';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { blockingFlags } from '../../shared/scoring';
import { withCompetition } from './cliBackend';
import { entryOf, trackOf } from './references';

// `scoredesk lock` and `scoredesk award …`: the results page's lock dialog and single awards
// (单项奖), through the app's own calls and so under its rules: a lock refused with every open
// flag until the head judge confirms it; after a lock, every change says why.

export interface PublicationOptions {
  track?: string | undefined;
  entry?: string | undefined;
  award?: string | undefined;
  by?: string | undefined;
  reason?: string | undefined;
  acknowledge?: string | undefined;
  json: boolean;
}

/**
 * `lock <store> --track T --by <head judge> [--reason R] [--acknowledge missingScores,…|all]`.
 * The flags the head judge confirmed are named, as the lock dialog's boxes are ticked.
 */
export function runLock(store: string, options: PublicationOptions, language: Language) {
  const by = options.by?.trim();
  if (!by) throw AppFailure.of('batch.lockNeedsBy');
  const named = (options.acknowledge ?? '').split(/[,，、\s]+/).filter(Boolean);
  const acknowledged = named.includes('all') ? [...blockingFlags] : named;
  return withCompetition(store, async (call) => {
    const track = await trackOf(call, options.track);
    const { version } = await call('results.lock', {
      track: track.code,
      by,
      reason: options.reason ?? '',
      acknowledged: acknowledged as (typeof blockingFlags)[number][],
    });
    const view = await call('results.get', { track: track.code });
    if (options.json) {
      console.log(JSON.stringify({ track: track.code, ...view.lock, version }, null, 2));
    } else {
      const name = language === 'zh-CN' ? track.name.zh : track.name.en;
      console.log(translate(language, 'batch.locked', { track: name, version, by }));
    }
    return 0;
  });
}

/** `award add|remove|list <store> --track T [--entry E --award 最佳创意奖] [--reason R] [--json]` */
export function runAward(
  action: string | undefined,
  store: string,
  options: PublicationOptions,
  language: Language,
) {
  const actions = ['add', 'remove', 'list'];
  if (action === undefined || !actions.includes(action)) {
    throw AppFailure.of('batch.unknownSubcommand', {
      command: `award ${action ?? ''}`.trim(),
      choices: actions.join(language === 'zh-CN' ? '、' : ', '),
    });
  }
  return withCompetition(store, async (call) => {
    const track = await trackOf(call, options.track);
    const reason = options.reason === undefined ? {} : { reason: options.reason };
    if (action !== 'list') {
      const entry = await entryOf(call, track.code, options.entry);
      const award = options.award?.trim();
      if (!award) throw AppFailure.of('batch.needAward');
      const params = { no: entry.no, name: entry.name, award };
      if (action === 'add') {
        await call('singleAwards.add', { entryId: entry.id, name: award, ...reason });
        if (!options.json) console.log(translate(language, 'batch.awardAdded', params));
      } else {
        const view = await call('results.get', { track: track.code });
        const held = view.singleAwards.find((a) => a.entryId === entry.id && a.name === award);
        if (!held) throw AppFailure.of('batch.awardNotFound', params);
        await call('singleAwards.remove', { id: held.id, ...reason });
        if (!options.json) console.log(translate(language, 'batch.awardRemoved', params));
      }
    }
    const view = await call('results.get', { track: track.code });
    const awards = view.singleAwards.map((a) => {
      const entry = view.entries.find((e) => e.id === a.entryId);
      return { no: entry?.no ?? '', name: entry?.name ?? '', award: a.name };
    });
    if (options.json) {
      console.log(JSON.stringify({ track: track.code, singleAwards: awards }, null, 2));
    } else if (action === 'list') {
      const name = language === 'zh-CN' ? track.name.zh : track.name.en;
      if (awards.length === 0)
        console.log(translate(language, 'batch.awardsNone', { track: name }));
      for (const a of awards) console.log(translate(language, 'batch.awardLine', a));
    }
    return 0;
  });
}
