import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type EntryInput, entryStatuses } from '../../../../shared/domain/people';
import type { Track } from '../../../../shared/domain/rubric';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { removeAt, replaceAt } from '../rubric/codes';

export function EntryForm(props: {
  track: Track;
  initial: EntryInput;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t, pick } = useI18n();
  const { track } = props;
  const [entry, setEntry] = useState<EntryInput>(props.initial);
  const { errors, setErrors, run } = useCall();
  const first = useRef<HTMLInputElement>(null);
  const team = track.entryKind === 'team';

  useEffect(() => first.current?.focus(), []);

  const set =
    (key: 'no' | 'name' | 'organization' | 'region' | 'title') =>
    (event: { target: { value: string } }) =>
      setEntry({ ...entry, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    const members = entry.members.filter((m) => m.name.trim());
    await run(async () => {
      await call('entries.save', { entry: { ...entry, members } });
      props.onSaved();
    });
  };

  return (
    <form
      className="card form-grid entry-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <h2 className="wide">
        {entry.id ? t('roster.editing', { no: props.initial.no }) : t('roster.adding')}
      </h2>
      <Field label={t('roster.no')} hint={t('field.required')}>
        <input ref={first} required value={entry.no} onChange={set('no')} />
      </Field>
      <Field label={team ? t('roster.teamName') : t('roster.name')} hint={t('field.required')}>
        <input required value={entry.name} onChange={set('name')} />
      </Field>
      {track.groups.length > 1 && (
        <Field label={t('roster.group')}>
          <select
            value={entry.group}
            onChange={(e) => setEntry({ ...entry, group: e.target.value })}
          >
            {track.groups.map((g) => (
              <option key={g.code} value={g.code}>
                {pick(g.name)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={t('roster.organization')}>
        <input value={entry.organization} onChange={set('organization')} />
      </Field>
      <Field label={t('roster.region')}>
        <input value={entry.region} onChange={set('region')} />
      </Field>
      <Field label={t('roster.title_')} wide>
        <input value={entry.title} onChange={set('title')} />
      </Field>
      <Field label={t('roster.status')}>
        <select
          value={entry.status}
          onChange={(e) => setEntry({ ...entry, status: e.target.value as EntryInput['status'] })}
        >
          {entryStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {team && (
        <fieldset className="wide members">
          <legend>{t('roster.members')}</legend>
          {entry.members.map((member, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: members are edited in place, by position
            <div className="inline" key={index}>
              <input
                aria-label={t('roster.memberName')}
                placeholder={t('roster.memberName')}
                value={member.name}
                onChange={(e) =>
                  setEntry({
                    ...entry,
                    members: replaceAt(entry.members, index, { ...member, name: e.target.value }),
                  })
                }
              />
              <input
                aria-label={t('roster.memberRole')}
                placeholder={t('roster.memberRole')}
                value={member.role}
                onChange={(e) =>
                  setEntry({
                    ...entry,
                    members: replaceAt(entry.members, index, { ...member, role: e.target.value }),
                  })
                }
              />
              <button
                type="button"
                className="quiet"
                onClick={() => setEntry({ ...entry, members: removeAt(entry.members, index) })}
              >
                {t('action.delete')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="small-button"
            onClick={() =>
              setEntry({ ...entry, members: [...entry.members, { name: '', role: '' }] })
            }
          >
            {t('roster.addMember')}
          </button>
        </fieldset>
      )}
      <ErrorList errors={errors} />
      <div className="wide actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
