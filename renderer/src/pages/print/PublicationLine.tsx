import { awardsProvisional } from '../../../../shared/scoring';
import { useI18n } from '../../i18n/I18nProvider';
import '../results/PostedList.css';
import type { PrintResults } from './usePrintResults';

/**
 * Under the title of the posted results and the award list: which version, locked by whom and
 * when; or, for a draft, that it may not be posted, and that awards can still move.
 */
export function PublicationLine({ data }: { data: PrintResults }) {
  const { t, language } = useI18n();
  const lock = data.signed?.posted.publication;
  const { view } = data;
  return (
    <>
      <p className="print-subtitle lock-line">
        {lock
          ? t('print.lockedBy', {
              version: lock.version,
              by: lock.lockedBy,
              at: new Date(lock.lockedAt).toLocaleString(language),
            })
          : t('print.notLocked')}
      </p>
      {!data.signed && (
        <p className="draft-note">
          {view.lock
            ? t('signedResults.staleNote', { version: view.lock.version })
            : t('signedResults.draftNote')}
          {awardsProvisional(view.blockers, view.lock) && ` ${t('results.provisionalNote')}`}
        </p>
      )}
    </>
  );
}
