import { formatPoints } from '../../../../shared/domain/points';
import {
  type Criterion,
  type Segment,
  segmentTotal,
  type Track,
} from '../../../../shared/domain/rubric';
import { NameCells } from '../../components/NameCells';
import { RowActions } from '../../components/RowActions';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';
import { DescriptionInput } from './DescriptionInput';
import { PointsInput } from './PointsInput';

export function SegmentsSection({
  track,
  onChange,
}: {
  track: Track;
  onChange: (track: Track) => void;
}) {
  const { t } = useI18n();
  const segments = track.segments;
  const allCriteria = segments.flatMap((s) => s.criteria.map((c) => c.code));
  const setSegment = (index: number, segment: Segment) =>
    onChange({ ...track, segments: replaceAt(segments, index, segment) });

  return (
    <section className="card" aria-labelledby="segments-title">
      <h2 id="segments-title">{t('rubric.segments')}</h2>
      {segments.map((segment, index) => (
        <fieldset className="segment" key={segment.code} data-segment={segment.code}>
          <legend>
            {t('rubric.segment')} {index + 1}
          </legend>
          <div className="segment-head">
            <input
              aria-label={`${t('rubric.segment')} ${t('rubric.chineseName')}`}
              value={segment.name.zh}
              onChange={(e) =>
                setSegment(index, { ...segment, name: { ...segment.name, zh: e.target.value } })
              }
            />
            <input
              className="en-field"
              aria-label={`${t('rubric.segment')} ${t('rubric.englishName')}`}
              value={segment.name.en}
              onChange={(e) =>
                setSegment(index, { ...segment, name: { ...segment.name, en: e.target.value } })
              }
            />
            <select
              aria-label={t('rubric.kind')}
              value={segment.kind}
              onChange={(e) =>
                setSegment(index, { ...segment, kind: e.target.value as Segment['kind'] })
              }
            >
              <option value="judged">{t('kind.judged')}</option>
              <option value="objective">{t('kind.objective')}</option>
            </select>
            <span className="segment-total">
              {t('rubric.segmentTotal', { total: formatPoints(segmentTotal(segment)) })}
            </span>
            <button
              type="button"
              className="quiet"
              disabled={segments.length === 1}
              onClick={() => onChange({ ...track, segments: removeAt(segments, index) })}
            >
              {t('rubric.removeSegment')}
            </button>
          </div>
          <CriteriaTable
            criteria={segment.criteria}
            onChange={(criteria) => setSegment(index, { ...segment, criteria })}
            newCode={() => nextCode('criterion', allCriteria)}
          />
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({
            ...track,
            segments: [
              ...segments,
              {
                code: nextCode(
                  'segment',
                  segments.map((s) => s.code),
                ),
                name: { zh: '', en: '' },
                kind: 'judged',
                criteria: [emptyCriterion(nextCode('criterion', allCriteria))],
              },
            ],
          })
        }
      >
        {t('rubric.addSegment')}
      </button>
    </section>
  );
}

function emptyCriterion(code: string): Criterion {
  return { code, name: { zh: '', en: '' }, description: { zh: '', en: '' }, max: 1000, step: 50 };
}

function CriteriaTable(props: {
  criteria: Criterion[];
  onChange: (criteria: Criterion[]) => void;
  newCode: () => string;
}) {
  const { t } = useI18n();
  const { criteria, onChange } = props;
  const set = (index: number, criterion: Criterion) =>
    onChange(replaceAt(criteria, index, criterion));
  return (
    <>
      <table className="grid criteria">
        <thead>
          <tr>
            <th>{t('rubric.criterion')}</th>
            <th className="en-field">{t('rubric.criterionEn')}</th>
            <th>{t('rubric.description')}</th>
            <th className="en-field">{t('rubric.descriptionEn')}</th>
            <th className="num">{t('rubric.max')}</th>
            <th className="num">{t('rubric.step')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, index) => (
            <tr key={c.code} data-criterion={c.code}>
              <NameCells
                name={c.name}
                labels={[t('rubric.criterion'), t('rubric.criterionEn')]}
                onChange={(name) => set(index, { ...c, name })}
              />
              <td className="description-cell">
                <DescriptionInput
                  label={t('rubric.description')}
                  value={c.description.zh}
                  onChange={(zh) => set(index, { ...c, description: { ...c.description, zh } })}
                />
              </td>
              <td className="description-cell en-field">
                <DescriptionInput
                  label={t('rubric.descriptionEn')}
                  value={c.description.en}
                  onChange={(en) => set(index, { ...c, description: { ...c.description, en } })}
                />
              </td>
              <td className="num">
                <PointsInput
                  label={t('rubric.max')}
                  value={c.max}
                  onChange={(max) => set(index, { ...c, max })}
                />
              </td>
              <td className="num">
                <PointsInput
                  label={t('rubric.step')}
                  value={c.step}
                  onChange={(step) => set(index, { ...c, step })}
                />
              </td>
              <RowActions
                canDelete={!(criteria.length === 1)}
                onDelete={() => onChange(removeAt(criteria, index))}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="small-button"
        onClick={() => onChange([...criteria, emptyCriterion(props.newCode())])}
      >
        {t('rubric.addCriterion')}
      </button>
    </>
  );
}
