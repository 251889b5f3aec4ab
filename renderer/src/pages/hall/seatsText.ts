import type { Language } from '../../../../shared/api/app';
import type { Competition } from '../../../../shared/domain/competition';
import type { LocalizedText } from '../../../../shared/domain/text';
import { seatLabel } from '../../../../shared/panel/seats';

/** "戏剧类 3号评委、展品类 1号评委": a judge's seats on every panel they score. */
export function seatsText(
  seats: Readonly<Record<string, number>>,
  competition: Competition,
  i18n: {
    pick: (text: LocalizedText) => string;
    list: (items: readonly string[]) => string;
    language: Language;
  },
): string {
  return i18n.list(
    competition.tracks
      .filter((track) => seats[track.code] !== undefined)
      .map((track) => `${i18n.pick(track.name)} ${seatLabel(seats[track.code]!, i18n.language)}`),
  );
}
