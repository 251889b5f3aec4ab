import type { AppError } from '../../../../shared/errors';
import { useI18n } from '../../i18n/I18nProvider';
import './OffScaleMarks.css';

/**
 * The marks a rubric change would leave off their scale, one line each (entry, name, judge,
 * criterion, mark), as the store listed them; and, when allowed, the way to save anyway.
 */
export function OffScaleMarks(props: {
  errors: AppError[];
  mayForce: boolean;
  onForce: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card off-scale" role="alert" aria-labelledby="off-scale-title">
      <h2 id="off-scale-title">{t('rubric.offScaleTitle')}</h2>
      <p>{t(props.mayForce ? 'rubric.offScaleIntro' : 'rubric.offScaleRemoved')}</p>
      <ul className="off-scale-marks">
        {props.errors.map((error, i) => (
          // The list is the store's answer, shown as is; its order never changes under React.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, not edited in place
          <li key={i}>{t(error.code, error.params)}</li>
        ))}
      </ul>
      {props.mayForce && (
        <button type="button" className="danger" onClick={props.onForce}>
          {t('rubric.applyAnyway')}
        </button>
      )}
    </section>
  );
}
