import type { Language } from '../../shared/api/app';
import type { Recusal } from '../../shared/domain/people';
import type { Track } from '../../shared/domain/rubric';
import { AppFailure } from '../../shared/errors';
import { translate } from '../../shared/i18n/catalog';
import { compareEntryNo } from '../../shared/scoring/entryOrder';
import { type Call, withCompetition } from './cliBackend';
import { entryOf, judgeOf, seatedJudges, trackOf } from './references';

// `scoredesk draw` and `scoredesk recusals …`: the panel page's draw and recusal boxes, through
// the app's own calls. `--json` prints what a script needs; otherwise lines for a person.

export interface PanelOptions {
  track?: string | undefined;
  judge?: string | undefined;
  seat?: string | undefined;
  entry?: string | undefined;
  seed?: string | undefined;
  reason?: string | undefined;
  json: boolean;
}

const trackName = (track: Track, language: Language) =>
  language === 'zh-CN' ? track.name.zh : track.name.en;

/** `draw <store> --track T [--seed N] [--json]`: the running order, seeded and recorded. */
export function runDrawCommand(store: string, options: PanelOptions, language: Language) {
  return withCompetition(store, async (call) => {
    const track = await trackOf(call, options.track);
    const seed = options.seed === undefined ? undefined : Number(options.seed);
    const draw = await call('draw.run', {
      track: track.code,
      ...(seed === undefined ? {} : { seed }),
    });
    const order = (await call('entries.list', { track: track.code }))
      .filter((e) => e.drawOrder !== null)
      .sort((a, b) => a.drawOrder! - b.drawOrder!)
      .map((e) => ({ order: e.drawOrder!, no: e.no, name: e.name, organization: e.organization }));
    if (options.json) {
      console.log(
        JSON.stringify(
          { track: track.code, seed: draw.seed, drawnAt: draw.drawnAt, order },
          null,
          2,
        ),
      );
      return 0;
    }
    console.log(
      translate(language, 'batch.drawn', {
        track: trackName(track, language),
        seed: draw.seed,
        count: order.length,
      }),
    );
    for (const line of order) console.log(translate(language, 'batch.drawLine', line));
    return 0;
  });
}

/** `recusals suggest|list|set|clear <store> --track T [--judge J --entry E --reason R] [--json]` */
export function runRecusals(
  action: string | undefined,
  store: string,
  options: PanelOptions,
  language: Language,
) {
  const actions = ['suggest', 'list', 'set', 'clear'];
  if (action === undefined || !actions.includes(action)) {
    throw AppFailure.of('batch.unknownSubcommand', {
      command: `recusals ${action ?? ''}`.trim(),
      choices: actions.join(language === 'zh-CN' ? '、' : ', '),
    });
  }
  return withCompetition(store, async (call) => {
    const track = await trackOf(call, options.track);
    let recusals: Recusal[];
    if (action === 'suggest') recusals = await call('recusals.suggest', { track: track.code });
    else if (action === 'list') recusals = await call('recusals.list', { track: track.code });
    else {
      const judge = await judgeOf(call, options, track.code);
      const entry = await entryOf(call, track.code, options.entry);
      const reason = options.reason?.trim() ?? '';
      if (action === 'set' && !reason) throw AppFailure.of('batch.needReason');
      recusals = await call('recusals.set', {
        judgeId: judge.id,
        entryId: entry.id,
        recused: action === 'set',
        reason,
      });
      if (!options.json) {
        const key = action === 'set' ? 'batch.recusalSet' : 'batch.recusalCleared';
        console.log(
          translate(language, key, { judge: judge.name, no: entry.no, name: entry.name }),
        );
      }
    }
    const lines = await describeRecusals(call, track, recusals);
    if (options.json) {
      console.log(JSON.stringify({ track: track.code, recusals: lines }, null, 2));
      return 0;
    }
    const name = trackName(track, language);
    if (lines.length === 0) console.log(translate(language, 'batch.recusalsNone', { track: name }));
    else
      console.log(
        translate(language, 'batch.recusalsHeading', { track: name, count: lines.length }),
      );
    for (const line of lines) {
      console.log(
        translate(language, 'batch.recusalLine', {
          seat: line.seat === null ? '—' : translate(language, 'seat.label', { seat: line.seat }),
          judge: line.judge,
          no: line.no,
          name: line.name,
          reason: line.reason,
          source: translate(
            language,
            line.source === 'auto' ? 'batch.recusalAuto' : 'batch.recusalManual',
          ),
        }),
      );
    }
    return 0;
  });
}

/** Recusals by seat, judge, entry number and name: what the panel page shows. */
async function describeRecusals(call: Call, track: Track, recusals: Recusal[]) {
  const judges = await seatedJudges(call);
  const entries = await call('entries.list', { track: track.code });
  return recusals
    .map((r) => {
      const judge = judges.find((j) => j.id === r.judgeId);
      const entry = entries.find((e) => e.id === r.entryId);
      return {
        judge: judge?.name ?? `#${r.judgeId}`,
        judgeId: r.judgeId,
        seat: judge?.seats[track.code] ?? null,
        no: entry?.no ?? '',
        name: entry?.name ?? '',
        reason: r.reason,
        source: r.source,
      };
    })
    .sort((a, b) => (a.seat ?? 999) - (b.seat ?? 999) || compareEntryNo(a.no, b.no));
}
