import {
  type Aggregation,
  aggregationMethods,
  smallPanelRules,
  type Track,
} from '../../../../shared/domain/rubric';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { AwardsFields } from './AwardsFields';
import { PenaltiesFields } from './PenaltiesFields';
import { IntegerInput } from './PointsInput';

export function RulesSection({
  track,
  roster,
  onChange,
}: {
  track: Track;
  roster: ReadonlyMap<string, number> | null;
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
      <AwardsFields
        awards={track.awards}
        groups={track.groups}
        roster={roster}
        onChange={(awards) => onChange({ ...track, awards })}
      />
      <PenaltiesFields track={track} onChange={onChange} />
    </section>
  );
}
