import { type AwardRules, awardRoundings, type Group } from '../../../../shared/domain/rubric';
import { awardRounding } from '../../../../shared/scoring';
import { AwardCounts } from '../../components/AwardCounts';
import { Field } from '../../components/Field';
import { NameCells } from '../../components/NameCells';
import { RowActions } from '../../components/RowActions';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';
import { IntegerInput } from './PointsInput';

export function AwardsFields({
  awards,
  groups,
  roster,
  onChange,
}: {
  awards: AwardRules;
  groups: Group[];
  /** Competing entries on the roster by group code; null while it loads. */
  roster: ReadonlyMap<string, number> | null;
  onChange: (awards: AwardRules) => void;
}) {
  const { t, pick } = useI18n();
  const rosterRows = groups.map((group) => {
    const entries = roster?.get(group.code) ?? 0;
    return {
      key: group.code,
      label: t('rubric.awardCountsGroup', { group: pick(group.name), count: entries }),
      entries,
    };
  });
  const anyEntries = rosterRows.some((row) => row.entries > 0);
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
        {awards.basis === 'share' && (
          <Field label={t('rubric.rounding')}>
            <select
              value={awardRounding(awards)}
              onChange={(e) =>
                onChange({ ...awards, rounding: e.target.value as AwardRules['rounding'] })
              }
            >
              {awardRoundings.map((rounding) => (
                <option key={rounding} value={rounding}>
                  {t(`rounding.${rounding}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
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
            <th className="en-field">{t('rubric.tierNameEn')}</th>
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
      <div className="award-counts-box" aria-live="polite">
        <h3>{t('rubric.awardCountsTitle')}</h3>
        {roster && !anyEntries && <p className="muted">{t('rubric.awardCountsNone')}</p>}
        {roster && anyEntries && (
          <>
            <AwardCounts rules={awards} rows={rosterRows.filter((row) => row.entries > 0)} />
            <p className="muted small">{t('rubric.awardCountsNote')}</p>
          </>
        )}
      </div>
    </fieldset>
  );
}
