import type { Track } from '../../../../shared/domain/rubric';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { IntegerInput } from './PointsInput';

const ALIAS_SEPARATORS = /[、,，;；\n]/;

export function BasicsSection({
  track,
  onChange,
}: {
  track: Track;
  onChange: (track: Track) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="card form-grid" aria-labelledby="basics-title">
      <h2 id="basics-title" className="wide">
        {t('rubric.basics')}
      </h2>
      <Field label={t('rubric.nameZh')}>
        <input
          required
          value={track.name.zh}
          onChange={(e) => onChange({ ...track, name: { ...track.name, zh: e.target.value } })}
        />
      </Field>
      <Field label={t('rubric.nameEn')} className="en-field">
        <input
          required
          value={track.name.en}
          onChange={(e) => onChange({ ...track, name: { ...track.name, en: e.target.value } })}
        />
      </Field>
      <Field label={t('rubric.aliases')} hint={t('rubric.aliasesHint')} wide>
        <input
          defaultValue={track.aliases.join('、')}
          onChange={(e) =>
            onChange({
              ...track,
              aliases: e.target.value
                .split(ALIAS_SEPARATORS)
                .map((a) => a.trim())
                .filter(Boolean),
            })
          }
        />
      </Field>
      <Field label={t('rubric.entryKind')}>
        <select
          value={track.entryKind}
          onChange={(e) => {
            const entryKind = e.target.value as Track['entryKind'];
            const teamSize =
              entryKind === 'individual'
                ? { min: 1, max: 1 }
                : { min: 1, max: Math.max(track.teamSize.max, 4) };
            onChange({ ...track, entryKind, teamSize });
          }}
        >
          <option value="individual">{t('entryKind.individual')}</option>
          <option value="team">{t('entryKind.team')}</option>
        </select>
      </Field>
      {track.entryKind === 'team' && (
        <div className="field-pair">
          <Field label={t('rubric.teamMin')}>
            <IntegerInput
              label={t('rubric.teamMin')}
              min={1}
              max={50}
              value={track.teamSize.min}
              onChange={(min) => onChange({ ...track, teamSize: { ...track.teamSize, min } })}
            />
          </Field>
          <Field label={t('rubric.teamMax')}>
            <IntegerInput
              label={t('rubric.teamMax')}
              min={1}
              max={50}
              value={track.teamSize.max}
              onChange={(max) => onChange({ ...track, teamSize: { ...track.teamSize, max } })}
            />
          </Field>
        </div>
      )}
      <Field label={t('rubric.timeLimit')}>
        <input
          type="number"
          min={0}
          step={0.5}
          value={track.timeLimitSeconds / 60}
          onChange={(e) => {
            const minutes = Number(e.target.value);
            if (Number.isFinite(minutes) && minutes >= 0)
              onChange({ ...track, timeLimitSeconds: Math.round(minutes * 60) });
          }}
        />
      </Field>
      <Field label={t('rubric.decimals')}>
        <select
          value={track.decimals}
          onChange={(e) => onChange({ ...track, decimals: Number(e.target.value) })}
        >
          {[0, 1, 2].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
