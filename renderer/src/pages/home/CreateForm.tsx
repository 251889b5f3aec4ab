import { type FormEvent, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { CompetitionInfo } from '../../../../shared/domain/competition';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { DateField } from '../../components/DateField';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { useCall } from '../../useCall';

const emptyInfo: CompetitionInfo = { name: '', edition: '', venue: '', startDate: '', endDate: '' };

/** The refusal of a second file for one competition, and where the first one is. */
function twinOf(errors: AppError[]): { path: string; archived: boolean } | null {
  const twin = errors.find(
    (e) => e.code === 'competition.twin' || e.code === 'competition.twinArchived',
  );
  const path = twin?.params?.path;
  return typeof path === 'string'
    ? { path, archived: twin?.code === 'competition.twinArchived' }
    : null;
}

export function CreateForm(props: { onOpenExisting: (path: string, archived: boolean) => void }) {
  const { t, pick, list } = useI18n();
  const { setCurrent } = useCompetition();
  const [info, setInfo] = useState(emptyInfo);
  const [template, setTemplate] = useState<'counselor' | 'blank'>('counselor');
  const [templates, setTemplates] = useState<CallOutput<'templates.list'>>([]);
  const { errors, run, busy } = useCall();

  useEffect(() => {
    run(async () => setTemplates(await call('templates.list', {})));
  }, [run]);

  const set = (key: keyof CompetitionInfo) => (event: { target: { value: string } }) =>
    setInfo({ ...info, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      async () => {
        setCurrent(await call('competitions.create', { info, template }));
        navigate({ page: 'competition' });
      },
      { busy: true },
    );
  };

  const twin = twinOf(errors);
  return (
    <form onSubmit={submit} className="form-grid">
      <Field label={t('field.competitionName')} hint={t('field.required')} wide>
        <input
          required
          value={info.name}
          onChange={set('name')}
          placeholder={t('home.namePlaceholder')}
        />
      </Field>
      <Field label={t('field.edition')}>
        <input value={info.edition} onChange={set('edition')} placeholder="2026" />
      </Field>
      <Field label={t('field.venue')}>
        <input value={info.venue} onChange={set('venue')} />
      </Field>
      <Field label={t('field.startDate')}>
        <DateField value={info.startDate} onChange={(v) => setInfo({ ...info, startDate: v })} />
      </Field>
      <Field label={t('field.endDate')}>
        <DateField value={info.endDate} onChange={(v) => setInfo({ ...info, endDate: v })} />
      </Field>
      <fieldset className="wide templates">
        <legend>{t('home.template')}</legend>
        {templates.map((tpl) => (
          <label key={tpl.code} className="choice">
            <input
              type="radio"
              name="template"
              value={tpl.code}
              checked={template === tpl.code}
              onChange={() => setTemplate(tpl.code as 'counselor' | 'blank')}
            />
            <span>
              <strong>{pick(tpl.name)}</strong>
              <span className="muted small">
                {tpl.tracks.length > 0
                  ? t('home.templateTracks', { tracks: list(tpl.tracks.map(pick)) })
                  : t('home.templateEmpty')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorList errors={errors} />
      {twin && (
        <div className="wide actions">
          <button type="button" onClick={() => props.onOpenExisting(twin.path, twin.archived)}>
            {t(twin.archived ? 'home.restoreTwin' : 'home.openTwin')}
          </button>
        </div>
      )}
      <div className="wide actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('home.createButton')}
        </button>
      </div>
    </form>
  );
}
