import { type ReactNode, useState } from 'react';
import { useCompetition } from '../../CompetitionContext';
import { PAGE_MARKERS, reportPageRule, usePageRule } from '../../components/pageRule';
import { useI18n } from '../../i18n/I18nProvider';

/** An A4 portrait printout of the ceremony: its title, and the margins of every page. */
export function ReportPaper(props: { title: string; children: ReactNode }) {
  const { t, language } = useI18n();
  const { current } = useCompetition();
  const [printedAt] = useState(() => new Date());
  const at = printedAt.toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
  usePageRule(
    reportPageRule({
      header: t('ceremony.pageHeader', {
        competition: current!.competition.name,
        what: props.title,
        at,
      }),
      pageNumber: t('ceremony.pageNumber', PAGE_MARKERS),
      landscape: false,
    }),
  );
  return (
    <article className="ceremony-paper">
      <h1 className="ceremony-paper-title">{props.title}</h1>
      <p className="muted small ceremony-paper-at">
        {t('ceremony.printedAt', { at: printedAt.toLocaleString(language) })}
      </p>
      {props.children}
    </article>
  );
}
