import { useI18n } from '../../i18n/I18nProvider';

/** One side of a conflict: the mark, the file it came in, when the judge typed it. */
export function ConflictSide(props: {
  label: string;
  file: string | null;
  savedAt: string | null;
}) {
  const { t, language } = useI18n();
  return (
    <div className="conflict-side">
      <strong>{props.label}</strong>
      <span className="small">
        {props.file
          ? t('mergeScreen.sideFile', { file: props.file })
          : t('mergeScreen.sideFileUnknown')}
      </span>
      {props.savedAt && (
        <span className="small muted">
          {t('mergeScreen.sideSaved', { time: new Date(props.savedAt).toLocaleString(language) })}
        </span>
      )}
    </div>
  );
}
