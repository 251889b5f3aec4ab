import {
  type CeremonyOptions,
  singleAwardPlaces,
  tierOrders,
} from '../../../../shared/ceremony/awardsScript';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';

/** The order of the ceremony: saved as soon as it is changed (the script follows at once). */
export function CeremonyOptionsForm(props: {
  options: CeremonyOptions;
  onChange: (options: CeremonyOptions) => void;
}) {
  const { t } = useI18n();
  const { options } = props;
  return (
    <fieldset className="ceremony-options no-print">
      <legend>{t('ceremony.options')}</legend>
      <Field label={t('ceremony.tierOrder')}>
        <select
          value={options.tierOrder}
          onChange={(e) =>
            props.onChange({
              ...options,
              tierOrder: e.target.value as CeremonyOptions['tierOrder'],
            })
          }
        >
          {tierOrders.map((order) => (
            <option key={order} value={order}>
              {t(`ceremony.tierOrder.${order}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('ceremony.singleAwards')}>
        <select
          value={options.singleAwards}
          onChange={(e) =>
            props.onChange({
              ...options,
              singleAwards: e.target.value as CeremonyOptions['singleAwards'],
            })
          }
        >
          {singleAwardPlaces.map((place) => (
            <option key={place} value={place}>
              {t(`ceremony.singleAwards.${place}`)}
            </option>
          ))}
        </select>
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={options.includeRest}
          onChange={(e) => props.onChange({ ...options, includeRest: e.target.checked })}
        />{' '}
        {t('ceremony.includeRest')}
      </label>
    </fieldset>
  );
}
