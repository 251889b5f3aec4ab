import type { AwardRules } from '../../../../shared/domain/rubric';
import { Field } from '../../components/Field';
import { NameCells } from '../../components/NameCells';
import { RowActions } from '../../components/RowActions';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';
import { IntegerInput } from './PointsInput';

export function AwardsFields({
  awards,
  onChange,
}: {
  awards: AwardRules;
  onChange: (awards: AwardRules) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="wide">
      <legend>{t('rubric.awards')}</legend>
      <div className="inline">
        <Field label={t('rubric.basis')}>
          <select
            value={awards.basis}
            onChange={(e) => onChange({ ...awards, basis: e.target.value as AwardRules['basis'] })}
          >
            <option value="share">{t('basis.share')}</option>
            <option value="count">{t('basis.count')}</option>
          </select>
        </Field>
        <Field label={t('rubric.boundaryTie')}>
          <select
            value={awards.boundaryTie}
            onChange={(e) =>
              onChange({ ...awards, boundaryTie: e.target.value as AwardRules['boundaryTie'] })
            }
          >
            <option value="higher">{t('boundaryTie.higher')}</option>
            <option value="lower">{t('boundaryTie.lower')}</option>
          </select>
        </Field>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('rubric.tierName')}</th>
            <th>{t('rubric.tierNameEn')}</th>
            <th className="num">
              {awards.basis === 'share' ? t('basis.share') : t('basis.count')}
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {awards.tiers.map((tier, index) => (
            <tr key={tier.code}>
              <NameCells
                name={tier.name}
                labels={[t('rubric.tierName'), t('rubric.tierNameEn')]}
                onChange={(name) =>
                  onChange({ ...awards, tiers: replaceAt(awards.tiers, index, { ...tier, name }) })
                }
              />
              <td className="num">
                <IntegerInput
                  label={t('rubric.tierValue')}
                  min={0}
                  value={tier.value}
                  onChange={(value) =>
                    onChange({
                      ...awards,
                      tiers: replaceAt(awards.tiers, index, { ...tier, value }),
                    })
                  }
                />
              </td>
              <RowActions
                onDelete={() => onChange({ ...awards, tiers: removeAt(awards.tiers, index) })}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="small-button"
        onClick={() =>
          onChange({
            ...awards,
            tiers: [
              ...awards.tiers,
              {
                code: nextCode(
                  'award',
                  awards.tiers.map((x) => x.code),
                ),
                name: { zh: '', en: '' },
                value: 0,
              },
            ],
          })
        }
      >
        {t('action.add')}
      </button>
      <Field label={t('rubric.rest')}>
        <input
          value={awards.rest?.zh ?? ''}
          placeholder={t('rubric.restNone')}
          onChange={(e) =>
            onChange({
              ...awards,
              rest: e.target.value.trim()
                ? { zh: e.target.value, en: awards.rest?.en || e.target.value }
                : null,
            })
          }
        />
      </Field>
    </fieldset>
  );
}
