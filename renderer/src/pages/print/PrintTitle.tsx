import { type ReactNode, useState } from 'react';
import { useCompetition } from '../../CompetitionContext';
import { PAGE_MARKERS, reportPageRule, usePageRule } from '../../components/pageRule';
import { useI18n } from '../../i18n/I18nProvider';

export interface NamedPage {
  name: string;
  selector: string;
  /** Said after the track in these pages' header, e.g. the judge's seat. */
  label: string;
}

/**
 * The head of a printout (the competition, then what the page is), and the margins of every
 * page it prints on: competition · track · version · time, and page n of N.
 */
export function usePrintMargins(
  track: string,
  version: string | null,
  landscape: boolean,
  named: readonly NamedPage[] = [],
) {
  const { t, language } = useI18n();
  const { current } = useCompetition();
  const [printedAt] = useState(() => new Date());
  const at = printedAt.toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  const header = (what: string) =>
    t('print.pageHeader', {
      competition: current!.competition.name,
      track: what,
      version: version ?? '',
      at,
    }).replace(' ·  · ', ' · ');
  usePageRule(
    reportPageRule({
      header: header(track),
      pageNumber: t('print.pageNumber', PAGE_MARKERS),
      landscape,
      named: named.map((page) => ({
        name: page.name,
        selector: page.selector,
        header: header(`${track} · ${page.label}`),
      })),
    }),
  );
}

export function PrintTitle(props: { heading: string; children?: ReactNode }) {
  const { current } = useCompetition();
  return (
    <header className="print-title">
      <p className="print-competition">{current!.competition.name}</p>
      <h2>{props.heading}</h2>
      {props.children}
    </header>
  );
}
