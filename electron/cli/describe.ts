import type { Language } from '../../shared/api/app';
import type { competitionJson } from '../../shared/formats/competitionJson';
import { translate } from '../../shared/i18n/catalog';

type CompetitionJson = ReturnType<typeof competitionJson>;

/** A short human summary of a store, for `scoredesk show` without --json. */
export function describeCompetition(json: CompetitionJson, language: Language): string {
  const pick = (text: { zh: string; en: string }) => (language === 'zh-CN' ? text.zh : text.en);
  const lines = [json.name];
  for (const track of json.tracks) {
    const total = track.segments
      .flatMap((segment) => segment.criteria)
      .reduce((sum, criterion) => sum + Math.round(criterion.max * 100), 0);
    lines.push(
      translate(language, 'cli.trackLine', {
        track: pick(track.name),
        code: track.code,
        entries: track.entries.length,
        total: total / 100,
      }),
    );
  }
  lines.push(translate(language, 'cli.judgesLine', { count: json.judges.length }));
  return lines.join('\n');
}
