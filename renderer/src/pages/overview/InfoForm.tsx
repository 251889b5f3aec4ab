import { type FormEvent, useState } from 'react';
import type { CompetitionInfo } from '../../../../shared/domain/competition';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { DateField } from '../../components/DateField';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

export function InfoForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { current, setCurrent } = useCompetition();
  const { name, edition, venue, startDate, endDate } = current!.competition;
  const [info, setInfo] = useState<CompetitionInfo>({ name, edition, venue, startDate, endDate });
  const { errors, run } = useCall();

  const set = (key: keyof CompetitionInfo) => (event: { target: { value: string } }) =>
    setInfo({ ...info, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const competition = await call('competitions.updateInfo', { info });
      setCurrent({ ...current!, competition });
      onDone();
    });
  };

  return (
    <form className="card form-grid" onSubmit={submit}>
      <Field label={t('field.competitionName')} hint={t('field.required')} wide>
        <input required value={info.name} onChange={set('name')} />
      </Field>
      <Field label={t('field.edition')}>
        <input value={info.edition} onChange={set('edition')} />
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
      <ErrorList errors={errors} />
      <div className="wide actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
