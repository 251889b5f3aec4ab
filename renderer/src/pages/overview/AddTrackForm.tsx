import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { useCall } from '../../useCall';

export function AddTrackForm() {
  const { t } = useI18n();
  const { reload } = useCompetition();
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const { errors, run } = useCall();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const track = await call('tracks.add', { name: { zh, en: en || zh } });
      await reload();
      navigate({ page: 'rubric', track: track.code });
    });
  };

  return (
    <form className="card form-grid add-track" onSubmit={submit}>
      <h3 className="wide">{t('overview.addTrack')}</h3>
      <Field label={t('overview.newTrackName')}>
        <input required value={zh} onChange={(e) => setZh(e.target.value)} />
      </Field>
      <Field label={t('overview.newTrackNameEn')}>
        <input value={en} onChange={(e) => setEn(e.target.value)} />
      </Field>
      <ErrorList errors={errors} />
      <div className="wide actions">
        <button type="submit">{t('overview.addTrack')}</button>
      </div>
    </form>
  );
}
