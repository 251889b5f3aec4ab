import type { CallOutput } from '../../../../shared/api/contract';
import { formatPoints } from '../../../../shared/domain/points';
import { useI18n } from '../../i18n/I18nProvider';

type ConflictFacts = CallOutput<'conflicts.list'>[number];

/** A mark as shown on a conflict: its points, or 空白 for a mark cleared. */
export function useShownMark() {
  const { t } = useI18n();
  return (value: number | null) => (value === null ? t('mergeScreen.blank') : formatPoints(value));
}

/** What a conflict is about and its two sides, the same in the open and the decided list. */
export function ConflictFacts({ conflict: c }: { conflict: ConflictFacts }) {
  const { t, pick } = useI18n();
  const shown = useShownMark();
  return (
    <>
      <p className="conflict-what">
        {t('mergeScreen.conflictLine', {
          judge: c.judge,
          entry: c.entryNo,
          name: c.entryName,
          criterion: pick(c.criterionName),
        })}
      </p>
      <div className="conflict-sides">
        <ConflictSide
          label={t('mergeScreen.storedSide', { value: shown(c.storedValue) })}
          file={c.storedSource}
          savedAt={c.storedSavedAt}
        />
        <ConflictSide
          label={t('mergeScreen.incomingSide', { value: shown(c.incomingValue) })}
          file={c.source}
          savedAt={c.incomingSavedAt}
        />
      </div>
    </>
  );
}

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
