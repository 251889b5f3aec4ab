import type { LocalizedText } from '../domain/text';
import { textKey } from '../domain/textKey';
import type { AppError, Result } from '../errors';

// Who or what a person typed on the command line means: a track by its code or any of its names,
// a judge by name, by seat on a track's panel (3号, 3号评委, seat 3) or by internal number. Typed
// text never picks silently among several: an ambiguous or unknown name is refused with the
// candidates, so the organizer can say it again more precisely.

export interface NamedTrack {
  code: string;
  name: LocalizedText;
  aliases: readonly string[];
}

export interface NamedJudge {
  id: number;
  name: string;
  organization: string;
  /** Track code → seat on that track's panel (no entry: not seated there). */
  seats: Readonly<Record<string, number>>;
  tracks: readonly string[];
}

/** At most this many candidates are listed in a refusal. */
const LISTED = 12;

const trackLabel = (t: NamedTrack): LocalizedText => ({
  zh: `${t.name.zh}（${t.code}）`,
  en: `${t.name.en} (${t.code})`,
});

function listOf(items: LocalizedText[]): LocalizedText {
  const shown = items.slice(0, LISTED);
  const more = items.length > LISTED ? 1 : 0;
  return {
    zh: shown.map((i) => i.zh).join('、') + (more ? '…' : ''),
    en: shown.map((i) => i.en).join(', ') + (more ? ', …' : ''),
  };
}

const refuse = (code: AppError['code'], params: AppError['params']): Result<never> => ({
  ok: false,
  errors: [{ code, ...(params ? { params } : {}) }],
});

/** A track by code, Chinese or English name, or alias, compared as textKey does. */
export function findTrack(tracks: readonly NamedTrack[], typed: string): Result<NamedTrack> {
  const key = textKey(typed);
  const byCode = tracks.find((t) => t.code === typed.trim());
  if (byCode) return { ok: true, value: byCode };
  const named = tracks.filter((t) =>
    [t.name.zh, t.name.en, ...t.aliases].some((name) => textKey(name) === key),
  );
  if (named.length === 1) return { ok: true, value: named[0]! };
  const candidates = listOf((named.length > 1 ? named : tracks).map(trackLabel));
  return named.length > 1
    ? refuse('who.trackAmbiguous', { typed, candidates })
    : refuse('who.trackUnknown', { typed, candidates });
}

/** 3号, 3号评委, 3 号, seat 3, #3 is not a seat (an internal number). */
const SEAT = /^(?:(\d{1,2})\s*号(?:\s*评委)?|seat\s*(\d{1,2}))$/i;
/** 12 or #12: the internal number `show`, `keys` and older scripts use. */
const INTERNAL = /^#?(\d{1,9})$/;

export function seatOf(typed: string): number | null {
  const match = SEAT.exec(typed.normalize('NFKC').trim());
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits);
}

function judgeLabel(j: NamedJudge, track: string | undefined): LocalizedText {
  const seats = Object.entries(j.seats).filter(([code]) => track === undefined || code === track);
  const zhSeats = seats.map(([code, seat]) => (track ? `${seat}号` : `${code} ${seat}号`));
  const enSeats = seats.map(([code, seat]) => (track ? `seat ${seat}` : `${code} seat ${seat}`));
  const zh = [j.organization, ...zhSeats, `#${j.id}`].filter(Boolean).join('，');
  const en = [j.organization, ...enSeats, `#${j.id}`].filter(Boolean).join(', ');
  return { zh: `${j.name}（${zh}）`, en: `${j.name} (${en})` };
}

/**
 * A judge by internal number, by seat on `track`'s panel, or by name (within `track`'s panel
 * when one is given). `track` is a track code already found.
 */
export function findJudge(
  judges: readonly NamedJudge[],
  typed: string,
  track?: string,
): Result<NamedJudge> {
  const text = typed.normalize('NFKC').trim();
  const onTrack = track === undefined ? judges : judges.filter((j) => j.tracks.includes(track));
  const internal = INTERNAL.exec(text);
  if (internal) {
    const id = Number(internal[1]);
    const judge = judges.find((j) => j.id === id);
    return judge
      ? { ok: true, value: judge }
      : refuse('who.judgeUnknown', {
          typed,
          candidates: listOf(onTrack.map((j) => judgeLabel(j, track))),
        });
  }
  const seat = seatOf(text);
  if (seat !== null) {
    if (track === undefined) {
      const seated = judges.filter((j) => Object.values(j.seats).includes(seat));
      if (seated.length === 1) return { ok: true, value: seated[0]! };
      return refuse('who.seatNeedsTrack', {
        typed,
        candidates: listOf(seated.map((j) => judgeLabel(j, undefined))),
      });
    }
    const judge = judges.find((j) => j.seats[track] === seat);
    if (judge) return { ok: true, value: judge };
    return refuse('who.seatUnknown', {
      typed,
      candidates: listOf(
        onTrack.filter((j) => j.seats[track] !== undefined).map((j) => judgeLabel(j, track)),
      ),
    });
  }
  const key = textKey(text);
  const named = judges.filter((j) => textKey(j.name) === key);
  // On a track, its panel's judge of that name wins over another judge of the same name.
  const named2 =
    track !== undefined && named.length > 1 ? named.filter((j) => onTrack.includes(j)) : named;
  const found = named2.length > 0 ? named2 : named;
  if (found.length === 1) return { ok: true, value: found[0]! };
  if (found.length > 1) {
    return refuse('who.judgeAmbiguous', {
      typed,
      candidates: listOf(found.map((j) => judgeLabel(j, track))),
    });
  }
  return refuse('who.judgeUnknown', {
    typed,
    candidates: listOf(onTrack.map((j) => judgeLabel(j, track))),
  });
}

export interface NamedEntry {
  id: number;
  no: string;
  name: string;
}

const entryLabel = (e: NamedEntry): LocalizedText => ({
  zh: `${e.no} ${e.name}`,
  en: `${e.no} ${e.name}`,
});

/** An entry of one track by its number (００１ is 001) or, failing that, by its name. */
export function findEntry(entries: readonly NamedEntry[], typed: string): Result<NamedEntry> {
  const key = textKey(typed);
  const byNo = entries.find((e) => textKey(e.no) === key);
  if (byNo) return { ok: true, value: byNo };
  const named = entries.filter((e) => textKey(e.name) === key);
  if (named.length === 1) return { ok: true, value: named[0]! };
  return named.length > 1
    ? refuse('who.entryAmbiguous', { typed, candidates: listOf(named.map(entryLabel)) })
    : refuse('who.entryUnknown', { typed, candidates: listOf(entries.map(entryLabel)) });
}

/** Judges with their seats, from the judge list and the panels (`panel.list`). */
export function namedJudges(
  judges: ReadonlyArray<{ id: number; name: string; organization: string; tracks: string[] }>,
  panels: ReadonlyArray<{
    track: string;
    members: ReadonlyArray<{ judgeId: number; seat: number | null }>;
  }>,
): NamedJudge[] {
  return judges.map((j) => ({
    id: j.id,
    name: j.name,
    organization: j.organization,
    tracks: j.tracks,
    seats: Object.fromEntries(
      panels.flatMap((p) => {
        const seat = p.members.find((m) => m.judgeId === j.id)?.seat;
        return seat == null ? [] : [[p.track, seat] as const];
      }),
    ),
  }));
}
