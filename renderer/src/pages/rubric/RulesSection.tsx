import {
  type Aggregation,
  type AwardRules,
  aggregationMethods,
  smallPanelRules,
  type Track,
} from '../../../../shared/domain/rubric';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';
import { IntegerInput, PointsInput } from './PointsInput';

export function RulesSection({
  track,
  onChange,
}: {
  track: Track;
  onChange: (track: Track) => void;
}) {
  const { t, pick } = useI18n();
  const agg = track.aggregation;
  const setAgg = (patch: Partial<Aggregation>) =>
    onChange({ ...track, aggregation: { ...agg, ...patch } });
  const criteria = track.segments.flatMap((s) => s.criteria);

  return (
    <section className="card form-grid" aria-labelledby="rules-title">
      <h2 id="rules-title" className="wide">
        {t('rubric.rules')}
      </h2>
      <Field label={t('rubric.method')}>
        <select
          value={agg.method}
          onChange={(e) => setAgg({ method: e.target.value as Aggregation['method'] })}
        >
          {aggregationMethods.map((m) => (
            <option key={m} value={m}>
              {t(`method.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      {agg.method === 'trimmedMean' && (
        <>
          <Field label={t('rubric.drop')}>
            <IntegerInput
              label={t('rubric.drop')}
              min={0}
              max={5}
              value={agg.drop}
              onChange={(drop) => setAgg({ drop })}
            />
          </Field>
          <Field label={t('rubric.minJudgesForTrim')}>
            <IntegerInput
              label={t('rubric.minJudgesForTrim')}
              min={1}
              max={50}
              value={agg.minJudgesForTrim}
              onChange={(minJudgesForTrim) => setAgg({ minJudgesForTrim })}
            />
          </Field>
          <Field label={t('rubric.smallPanel')}>
            <select
              value={agg.smallPanel}
              onChange={(e) => setAgg({ smallPanel: e.target.value as Aggregation['smallPanel'] })}
            >
              {smallPanelRules.map((r) => (
                <option key={r} value={r}>
                  {t(`smallPanel.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
      <Field label={t('rubric.minJudges')}>
        <IntegerInput
          label={t('rubric.minJudges')}
          min={1}
          max={50}
          value={agg.minJudges}
          onChange={(minJudges) => setAgg({ minJudges })}
        />
      </Field>
      <div className="wide">
        <span className="field-label">{t('rubric.tieBreak')}</span>
        <ol className="tie-break">
          {track.tieBreak.map((step) => {
            if (step.kind === 'untrimmedMean')
              return <li key={JSON.stringify(step)}>{t('tieBreak.untrimmedMean')}</li>;
            const source = step.kind === 'criterion' ? criteria : track.segments;
            const named = source.find((x) => x.code === step.code);
            return (
              <li key={JSON.stringify(step)}>
                {t(`tieBreak.${step.kind}`, { name: named ? pick(named.name) : step.code })}
              </li>
            );
          })}
        </ol>
      </div>
      <AwardsFields awards={track.awards} onChange={(awards) => onChange({ ...track, awards })} />
      <PenaltiesFields track={track} onChange={onChange} />
    </section>
  );
}

function AwardsFields({
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
              <td>
                <input
                  aria-label={t('rubric.tierName')}
                  value={tier.name.zh}
                  onChange={(e) =>
                    onChange({
                      ...awards,
                      tiers: replaceAt(awards.tiers, index, {
                        ...tier,
                        name: { ...tier.name, zh: e.target.value },
                      }),
                    })
                  }
                />
              </td>
              <td>
                <input
                  aria-label={t('rubric.tierNameEn')}
                  value={tier.name.en}
                  onChange={(e) =>
                    onChange({
                      ...awards,
                      tiers: replaceAt(awards.tiers, index, {
                        ...tier,
                        name: { ...tier.name, en: e.target.value },
                      }),
                    })
                  }
                />
              </td>
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
              <td>
                <button
                  type="button"
                  className="quiet"
                  onClick={() => onChange({ ...awards, tiers: removeAt(awards.tiers, index) })}
                >
                  {t('action.delete')}
                </button>
              </td>
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

function PenaltiesFields({ track, onChange }: { track: Track; onChange: (track: Track) => void }) {
  const { t } = useI18n();
  const penalties = track.penalties;
  return (
    <fieldset className="wide">
      <legend>{t('rubric.penalties')}</legend>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('rubric.penaltyName')}</th>
            <th>{t('rubric.englishName')}</th>
            <th className="num">{t('rubric.penaltyPoints')}</th>
            <th className="num">
              {t('rubric.perSeconds')}{' '}
              <span className="muted small">{t('rubric.perSecondsHint')}</span>
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {penalties.map((p, index) => (
            <tr key={p.code}>
              <td>
                <input
                  aria-label={t('rubric.penaltyName')}
                  value={p.name.zh}
                  onChange={(e) =>
                    onChange({
                      ...track,
                      penalties: replaceAt(penalties, index, {
                        ...p,
                        name: { ...p.name, zh: e.target.value },
                      }),
                    })
                  }
                />
              </td>
              <td>
                <input
                  aria-label={t('rubric.englishName')}
                  value={p.name.en}
                  onChange={(e) =>
                    onChange({
                      ...track,
                      penalties: replaceAt(penalties, index, {
                        ...p,
                        name: { ...p.name, en: e.target.value },
                      }),
                    })
                  }
                />
              </td>
              <td className="num">
                <PointsInput
                  label={t('rubric.penaltyPoints')}
                  value={p.points}
                  onChange={(points) =>
                    onChange({ ...track, penalties: replaceAt(penalties, index, { ...p, points }) })
                  }
                />
              </td>
              <td className="num">
                <input
                  type="number"
                  min={1}
                  aria-label={t('rubric.perSeconds')}
                  value={p.perSeconds ?? ''}
                  onChange={(e) =>
                    onChange({
                      ...track,
                      penalties: replaceAt(penalties, index, {
                        ...p,
                        perSeconds: e.target.value ? Number(e.target.value) : null,
                      }),
                    })
                  }
                />
              </td>
              <td>
                <button
                  type="button"
                  className="quiet"
                  onClick={() => onChange({ ...track, penalties: removeAt(penalties, index) })}
                >
                  {t('action.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="small-button"
        onClick={() =>
          onChange({
            ...track,
            penalties: [
              ...penalties,
              {
                code: nextCode(
                  'penalty',
                  penalties.map((x) => x.code),
                ),
                name: { zh: '', en: '' },
                points: 100,
                perSeconds: null,
              },
            ],
          })
        }
      >
        {t('rubric.addPenalty')}
      </button>
    </fieldset>
  );
}
