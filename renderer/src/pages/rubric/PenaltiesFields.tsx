import type { Track } from '../../../../shared/domain/rubric';
import { NameCells } from '../../components/NameCells';
import { RowActions } from '../../components/RowActions';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';
import { PointsInput } from './PointsInput';

export function PenaltiesFields({
  track,
  onChange,
}: {
  track: Track;
  onChange: (track: Track) => void;
}) {
  const { t } = useI18n();
  const penalties = track.penalties;
  return (
    <fieldset className="wide">
      <legend>{t('rubric.penalties')}</legend>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('rubric.penaltyName')}</th>
            <th className="en-field">{t('rubric.englishName')}</th>
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
              <NameCells
                name={p.name}
                labels={[t('rubric.penaltyName'), t('rubric.englishName')]}
                onChange={(name) =>
                  onChange({ ...track, penalties: replaceAt(penalties, index, { ...p, name }) })
                }
              />
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
              <RowActions
                onDelete={() => onChange({ ...track, penalties: removeAt(penalties, index) })}
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
