import type { TrackResultsView } from '../../../../shared/api/results';
import type { PostedResultsView } from '../../../../shared/api/signedResults';
import type { Competition } from '../../../../shared/domain/competition';
import type { Track } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';

/** Shown only on paper: what this page is, which version, and when it was printed. */
export function PrintHeader(props: {
  competition: Competition;
  track: Track;
  view: TrackResultsView | null;
  /** The locked version's posted list, when the results still are it; otherwise a draft. */
  signed: PostedResultsView | null;
}) {
  const { t, pick, language } = useI18n();
  const lock = props.view?.lock;
  return (
    <header className="print-only print-header">
      <h1>{props.competition.name}</h1>
      <h2>
        {t('results.title', { track: pick(props.track.name) })} ·{' '}
        {lock?.current ? t('results.version', { version: lock.version }) : t('results.draft')}
      </h2>
      <p className="small">
        {t('results.printedAt', { at: new Date().toLocaleString(language) })}
        {props.view && ` · ${t('results.inputHash', { hash: props.view.inputHash.slice(0, 16) })}`}
      </p>
      {props.view && !props.signed && (
        <p className="draft-note">
          {lock
            ? t('signedResults.staleNote', { version: lock.version })
            : t('signedResults.draftNote')}
        </p>
      )}
    </header>
  );
}

export function SignatureLines() {
  const { t } = useI18n();
  return (
    <footer className="print-only signatures">
      <span>{t('results.signHeadJudge')}</span>
      <span>{t('results.signSupervisor')}</span>
    </footer>
  );
}
