import { resolve } from 'node:path';
import type { Entry } from '../../shared/domain/people';
import type { Track } from '../../shared/domain/rubric';
import { AppFailure, type Result } from '../../shared/errors';
import {
  findEntry,
  findJudge,
  findTrack,
  type NamedJudge,
  namedJudges,
} from '../../shared/panel/whoIsMeant';
import { openStore } from '../store/database';
import { readTracks } from '../store/tracksTable';
import type { Call } from './cliBackend';

// `--track 展品辅导`, `--judge 陈静`, `--judge 3号`, `--seat 3`, `--entry 025`: what the typed
// words mean in the open competition, or a refusal listing the candidates.

function sure<T>(found: Result<T>): T {
  if (!found.ok) throw new AppFailure(found.errors);
  return found.value;
}

export async function trackOf(call: Call, typed: string | undefined): Promise<Track> {
  if (typed === undefined) throw AppFailure.of('who.needTrack');
  const current = await call('competitions.current', {});
  const tracks = current?.competition.tracks ?? [];
  const found = sure(findTrack(tracks, typed));
  return tracks.find((t) => t.code === found.code)!;
}

/** Every judge with their seats, as the panels give them. */
export async function seatedJudges(call: Call): Promise<NamedJudge[]> {
  const [judges, panels] = await Promise.all([call('judges.list', {}), call('panel.list', {})]);
  return namedJudges(judges, panels);
}

/** `--judge` (name, 3号, or internal number) or `--seat N`; a seat needs the track. */
export async function judgeOf(
  call: Call,
  options: { judge?: string | undefined; seat?: string | undefined },
  track?: string,
): Promise<NamedJudge> {
  const typed = options.judge ?? (options.seat !== undefined ? `${options.seat}号` : undefined);
  if (typed === undefined) throw AppFailure.of('who.needJudge');
  return sure(findJudge(await seatedJudges(call), typed, track));
}

export async function entryOf(call: Call, track: string, typed: string | undefined) {
  if (typed === undefined) throw AppFailure.of('who.needEntry');
  const entries: Entry[] = await call('entries.list', { track });
  const found = sure(findEntry(entries, typed));
  return entries.find((e) => e.id === found.id)!;
}

/** 展品辅导 3号, 科学实验 1号 / exhibit seat 3: a judge's seats as the sheets print them. */
export function seatsText(
  judge: NamedJudge,
  tracks: readonly Track[],
  language: 'zh-CN' | 'en',
): string {
  const parts = Object.entries(judge.seats).map(([code, seat]) => {
    const track = tracks.find((t) => t.code === code);
    const name = track ? (language === 'zh-CN' ? track.name.zh : track.name.en) : code;
    return language === 'zh-CN' ? `${name} ${seat}号` : `${name} seat ${seat}`;
  });
  return parts.join(language === 'zh-CN' ? '，' : ', ') || '—';
}

/**
 * For the commands that read the store directly (results, export, results-file, roster import):
 * `--track 展品辅导` becomes the track's code before they run, refused as above when unclear.
 */
export function trackCodeIn(store: string, typed: string | undefined): string | undefined {
  if (typed === undefined) return undefined;
  const db = openStore(resolve(store));
  try {
    return sure(findTrack(readTracks(db), typed)).code;
  } finally {
    db.close();
  }
}
