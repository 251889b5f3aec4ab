import type { ImportPreview } from '../../../../shared/api/import';
import { useI18n } from '../../i18n/I18nProvider';

type Diff = ImportPreview['diff'];
type Item = Diff['missing'][number];

/**
 * What the file does not list: kept unless the organizer ticks the one box that removes them
 * (off by default: a supplementary list names only the late ones). Those with marks are kept
 * whatever is ticked, and said so.
 */
export function MissingChoice(props: {
  diff: Diff;
  /** 选手 or 评委, as the sentence needs it. */
  what: string;
  checked: boolean;
  disabled: boolean;
  onChange: (remove: boolean) => void;
}) {
  const { t, list } = useI18n();
  const { diff, what } = props;
  const names = (items: Item[]) => list(items.map((i) => `${i.no ?? ''} ${i.name}`.trim()));
  if (diff.missing.length === 0 && diff.keptWithMarks.length === 0) return null;
  return (
    <section className="import-missing" aria-labelledby="import-missing">
      {diff.missing.length > 0 && (
        <>
          <p id="import-missing" className={props.checked ? 'import-note removing' : 'import-note'}>
            {props.checked ? t('import.removedNote') : t('import.missingNote', { what })}{' '}
            <span className="import-names">{names(diff.missing)}</span>
          </p>
          <label className="choice import-remove-choice">
            <input
              type="checkbox"
              checked={props.checked}
              disabled={props.disabled}
              onChange={(e) => props.onChange(e.target.checked)}
            />
            {t('import.removeMissing', { what, count: diff.missing.length })}
          </label>
          <p className="muted import-hint">{t('import.removeMissingHint')}</p>
        </>
      )}
      {diff.keptWithMarks.length > 0 && (
        <p className="import-note">
          {t('import.keptNote')} <span className="import-names">{names(diff.keptWithMarks)}</span>
        </p>
      )}
    </section>
  );
}
