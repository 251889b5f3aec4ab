import type { Track } from '../../../../shared/domain/rubric';
import { NameCells } from '../../components/NameCells';
import { RowActions } from '../../components/RowActions';
import { useI18n } from '../../i18n/I18nProvider';
import { nextCode, removeAt, replaceAt } from './codes';

export function GroupsSection({
  track,
  onChange,
}: {
  track: Track;
  onChange: (track: Track) => void;
}) {
  const { t } = useI18n();
  const groups = track.groups;
  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title">
        {t('rubric.groups')} <span className="muted small">{t('rubric.groupsHint')}</span>
      </h2>
      <table className="grid">
        <thead>
          <tr>
            <th>{t('rubric.chineseName')}</th>
            <th className="en-field">{t('rubric.englishName')}</th>
            <th>{t('rubric.default')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {groups.map((group, index) => (
            <tr key={group.code}>
              <NameCells
                name={group.name}
                labels={[t('rubric.chineseName'), t('rubric.englishName')]}
                onChange={(name) =>
                  onChange({ ...track, groups: replaceAt(groups, index, { ...group, name }) })
                }
              />
              <td className="center">
                <input
                  type="radio"
                  name="default-group"
                  aria-label={t('rubric.default')}
                  checked={group.isDefault}
                  onChange={() =>
                    onChange({
                      ...track,
                      groups: groups.map((g, i) => ({ ...g, isDefault: i === index })),
                    })
                  }
                />
              </td>
              <RowActions
                canDelete={!(groups.length === 1)}
                onDelete={() => onChange({ ...track, groups: removeAt(groups, index) })}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          onChange({
            ...track,
            groups: [
              ...groups,
              {
                code: nextCode(
                  'group',
                  groups.map((g) => g.code),
                ),
                name: { zh: '', en: '' },
                isDefault: false,
              },
            ],
          })
        }
      >
        {t('rubric.addGroup')}
      </button>
    </section>
  );
}
