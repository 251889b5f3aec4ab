import { resolve } from 'node:path';
import type { Language } from '../../shared/api/app';
import type { TrackResultsView } from '../../shared/api/results';
import type { Track } from '../../shared/domain/rubric';
import type { MessageParam } from '../../shared/errors';
import { textWidth } from '../../shared/formats/resultsSheets';
import { type MessageKey, translate } from '../../shared/i18n/catalog';
import { loadCompetition } from '../services/competitionService';
import { writeWorkbookFile } from '../services/exportService';
import { trackResults } from '../services/resultsService';
import { requireTrack } from '../services/rubricService';
import { openStore, readTransaction } from '../store/database';
import { resultsJson } from './resultsJson';

/** `scoredesk results <file> [--track code] [--json]` */
export function runResults(
  file: string,
  options: { track?: string | undefined; json: boolean },
  language: Language,
): void {
  const db = openStore(resolve(file));
  try {
    const { name, tracks } = readTransaction(db, () => {
      const competition = loadCompetition(db);
      const chosen = options.track ? [requireTrack(db, options.track).track] : competition.tracks;
      return {
        name: competition.name,
        tracks: chosen.map((track) => ({ track, view: trackResults(db, track.code) })),
      };
    });
    console.log(
      options.json
        ? JSON.stringify(resultsJson(name, tracks), null, 2)
        : tracks.map(({ track, view }) => resultsText(track, view, language)).join('\n\n'),
    );
  } finally {
    db.close();
  }
}

/** `scoredesk export <file> <out.xlsx> [--track code]`; --lang chooses the sheets' language. */
export async function runExport(
  file: string,
  out: string,
  options: { track?: string | undefined },
  language: Language,
): Promise<void> {
  const db = openStore(resolve(file));
  try {
    await writeWorkbookFile(db, resolve(out), { track: options.track, language });
  } finally {
    db.close();
  }
  console.log(translate(language, 'cli.exported', { path: resolve(out) }));
}

/** A table for people: per group, rank, number, name, final, award and notes. */
export function resultsText(track: Track, view: TrackResultsView, language: Language): string {
  const t = (key: MessageKey, params?: Record<string, MessageParam>) =>
    translate(language, key, params);
  const pick = (text: { zh: string; en: string }) => (language === 'zh-CN' ? text.zh : text.en);
  const lock = view.lock;
  const version = !lock
    ? t('results.draft')
    : lock.current
      ? t('results.version', { version: lock.version })
      : t('export.changedSince', { version: lock.version });
  const lines = [t('cli.resultsHeading', { track: pick(track.name), code: track.code, version })];
  if (view.results.entries.length === 0) lines.push(`  ${t('results.noEntries')}`);
  const columns = ['rank', 'no', 'name', 'final', 'award', 'flags'] as const;
  const header = columns.map((column) => t(`results.${column}`));
  for (const group of track.groups) {
    const entries = view.results.entries.filter((entry) => entry.group === group.code);
    if (entries.length === 0) continue;
    const rows = entries.map((entry) => [
      entry.rank === null ? '' : String(entry.rank),
      entry.no,
      entry.name,
      entry.final ?? '—',
      entry.award ? pick(entry.award.name) : '',
      entry.flags.map((flag) => t(`flag.${flag}`)).join(language === 'zh-CN' ? '；' : '; '),
    ]);
    lines.push(`  ${pick(group.name)}`, ...table([header, ...rows]).map((line) => `    ${line}`));
  }
  return lines.join('\n');
}

/** Columns padded by display width, so Chinese names line up in a terminal. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => textWidth(row[c] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, c) => cell + ' '.repeat(widths[c]! - textWidth(cell)))
      .join('  ')
      .trimEnd(),
  );
}
