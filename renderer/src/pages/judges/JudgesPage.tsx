import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Judge, JudgeInput } from '../../../../shared/domain/people';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { RowActions } from '../../components/RowActions';
import { useConfirm } from '../../components/useConfirm';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';

const blank: JudgeInput = { name: '', organization: '', region: '', phone: '', tracks: [] };

export function JudgesPage() {
  const { t, pick, explain, list } = useI18n();
  const { current } = useCompetition();
  const tracks = current!.competition.tracks;
  const [judges, setJudges] = useState<Judge[]>([]);
  const [editing, setEditing] = useState<JudgeInput | null>(null);
  const { errors, setErrors, run } = useCall();
  const [dialog, ask] = useConfirm();

  const load = useCallback(async () => {
    await run(async () => {
      setJudges(await call('judges.list', {}));
    });
  }, [run]);
  useEffect(() => {
    load();
  }, [load]);

  const trackName = (code: string) => {
    const track = tracks.find((x) => x.code === code);
    return track ? pick(track.name) : code;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    let warnings: AppError[] = [];
    const saved = await run(() => save(editing, false), {
      answer: (refused) => {
        warnings = refused;
        return refused.every((w) => w.code === 'judge.joinsScoredPanel');
      },
    });
    if (
      saved ||
      warnings.length === 0 ||
      !warnings.every((w) => w.code === 'judge.joinsScoredPanel')
    )
      return;
    // A panel that has marks or a lock: said first, saved only once the organizer agrees.
    const yes = await ask({
      title: t('judge.joinConfirmTitle'),
      body: warnings.map((w) => <p key={JSON.stringify(w.params)}>{explain(w)}</p>),
      confirmLabel: t('judge.joinConfirmAction'),
    });
    if (yes) await run(() => save(editing, true));
  };

  const save = async (judge: JudgeInput, confirmJoin: boolean) => {
    await call('judges.save', { judge, confirmJoin });
    setEditing(null);
    setErrors([]);
    await load();
  };

  const remove = async (judge: Judge) => {
    const yes = await ask({
      title: t('judges.confirmRemove', { name: judge.name }),
      confirmLabel: t('action.delete'),
      danger: true,
    });
    if (!yes) return;
    await run(async () => {
      await call('judges.remove', { id: judge.id });
      await load();
    });
  };

  return (
    <div className="judges">
      <div className="page-header">
        <h1>{t('judges.title')}</h1>
        <div className="header-actions">
          <a className="button" href={routeHash({ page: 'panelList' })}>
            {t('seating.printList')}
          </a>
          <a className="button" href={routeHash({ page: 'import', kind: 'judges' })}>
            {t('import.judgesButton')}
          </a>
          <button
            type="button"
            className="primary"
            // No panel ticked: a judge joins a panel (perhaps one already marking) only on purpose.
            onClick={() => setEditing({ ...blank, tracks: [] })}
          >
            {t('judges.add')}
          </button>
        </div>
      </div>
      {dialog}
      <ErrorList errors={errors} />
      {editing && (
        <form
          className="card form-grid"
          onSubmit={submit}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
        >
          <h2 className="wide">
            {editing.id ? t('judges.editing', { name: editing.name }) : t('judges.adding')}
          </h2>
          <Field label={t('judges.name')} hint={t('field.required')}>
            <input
              required
              value={editing.name}
              onChange={(e) => setEditing({ ...editing, name: e.target.value })}
            />
          </Field>
          <Field label={t('judges.organization')}>
            <input
              value={editing.organization}
              onChange={(e) => setEditing({ ...editing, organization: e.target.value })}
            />
          </Field>
          <Field label={t('judges.region')}>
            <input
              value={editing.region}
              onChange={(e) => setEditing({ ...editing, region: e.target.value })}
            />
          </Field>
          <Field label={t('judges.phone')} hint={t('judges.phoneHint')}>
            <input
              type="tel"
              value={editing.phone ?? ''}
              maxLength={60}
              onChange={(e) => setEditing({ ...editing, phone: e.target.value })}
            />
          </Field>
          <fieldset className="wide">
            <legend>{t('judges.tracks')}</legend>
            {!editing.id && <p className="muted">{t('judges.noTracksHint')}</p>}
            {tracks.map((track) => (
              <label className="choice inline-choice" key={track.code}>
                <input
                  type="checkbox"
                  checked={editing.tracks.includes(track.code)}
                  onChange={(e) =>
                    setEditing({
                      ...editing,
                      tracks: e.target.checked
                        ? [...editing.tracks, track.code]
                        : editing.tracks.filter((c) => c !== track.code),
                    })
                  }
                />
                {pick(track.name)}
              </label>
            ))}
          </fieldset>
          <div className="wide actions">
            <button type="submit" className="primary">
              {t('action.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      )}
      {judges.length === 0 ? (
        <p className="muted">{t('judges.empty')}</p>
      ) : (
        <table className="grid list">
          <thead>
            <tr>
              <th>{t('judges.name')}</th>
              <th>{t('judges.organization')}</th>
              <th>{t('judges.region')}</th>
              <th>{t('judges.phone')}</th>
              <th>{t('judges.tracks')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {judges.map((judge) => (
              <tr key={judge.id}>
                <td>{judge.name}</td>
                <td>{judge.organization}</td>
                <td>{judge.region}</td>
                <td className="nowrap">{judge.phone}</td>
                <td>{list(judge.tracks.map(trackName))}</td>
                <RowActions onEdit={() => setEditing(judge)} onDelete={() => remove(judge)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
