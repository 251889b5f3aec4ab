import type { LocalizedText } from '../domain/text';
import { type CeremonyStep, peopleOf } from './awardsScript';
import { type CertificateLayout, certificateNumber } from './certificateLayout';

/** What one certificate says; one certificate per awarded entry, in the ceremony's order. */
export interface Certificate {
  number: string;
  /** The contestant, or a team's members (joined in the reader's language: 甲、乙 / A, B). */
  people: string[];
  organization: string;
  track: LocalizedText;
  /** A group of a track with several, said after the track. */
  group: LocalizedText | null;
  award: LocalizedText;
  date: string;
  entryNo: string;
}

export function certificates(
  steps: readonly CeremonyStep[],
  layout: CertificateLayout,
): Certificate[] {
  const list: Certificate[] = [];
  for (const step of steps) {
    for (const entry of step.recipients) {
      list.push({
        number: certificateNumber(layout, list.length + 1),
        people: peopleOf(entry),
        organization: entry.organization,
        track: step.trackName,
        group: step.group,
        award: step.award,
        date: layout.dateText,
        entryNo: entry.no,
      });
    }
  }
  return list;
}
