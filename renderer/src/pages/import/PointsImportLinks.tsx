import type { Track } from '../../../../shared/domain/rubric';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';

/** The results page's ways to the quiz points and deductions imports of its track. */
export function PointsImportLinks({ track }: { track: Track }) {
  const { t } = useI18n();
  const hasQuiz = track.segments.some((s) => s.kind === 'objective');
  return (
    <>
      {hasQuiz && (
        <a
          className="button"
          href={routeHash({ page: 'pointsImport', kind: 'quiz', track: track.code })}
        >
          {t('points.importQuiz')}
        </a>
      )}
      <a
        className="button"
        href={routeHash({ page: 'pointsImport', kind: 'deductions', track: track.code })}
      >
        {t('points.importDeductions')}
      </a>
    </>
  );
}
