import { type FormEvent, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import { deductionFor } from '../../../../shared/domain/penalties';
import { formatPoints, parsePoints } from '../../../../shared/domain/points';
import type { Track } from '../../../../shared/domain/rubric';
import type { EntryResult } from '../../../../shared/scoring';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

/** What the scorekeeper and the head judge record per entry: quiz points, deductions, special awards. */
export function MarksEditor(props: {
  track: Track;
  view: TrackResultsView;
  result: EntryResult;
  onChange: () => void;
}) {
  const { t, pick } = useI18n();
  const { track, view, result } = props;
  const entryId = result.entryId;
  const locked = view.lock !== null;
  const [reason, setReason] = useState('');
  const { errors, run: runCall } = useCall();
  const run = async (work: () => Promise<unknown>) => {
    if (await runCall(work)) props.onChange();
  };
  const changeReason = locked ? reason : undefined;
  const objective = track.segments.filter((s) => s.kind === 'objective').flatMap((s) => s.criteria);

  return (
    <div className="marks-editor">
      {locked && (
        <Field label={t('results.changeReason')}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      )}
      {objective.length > 0 && (
        <div className="objective">
          <h3>{t('results.objective')}</h3>
          {objective.map((criterion) => {
            const line = result.objective.lines.find((l) => l.criterion === criterion.code);
            return (
              <ObjectiveInput
                key={criterion.code}
                label={`${pick(criterion.name)} (≤ ${formatPoints(criterion.max)})`}
                value={line?.value ?? null}
                onSave={(value) =>
                  run(() =>
                    call('objective.set', {
                      entryId,
                      criterion: criterion.code,
                      value,
                      reason: changeReason,
                    }),
                  )
                }
              />
            );
          })}
        </div>
      )}
      <div>
        <h3>{t('results.penalties')}</h3>
        <ul className="penalties">
          {view.penalties
            .filter((p) => p.entryId === entryId)
            .map((p) => (
              <li key={p.id}>
                −{formatPoints(p.points)} · {p.reason}
                <button
                  type="button"
                  className="quiet"
                  onClick={() =>
                    run(() => call('penalties.remove', { id: p.id, reason: changeReason }))
                  }
                >
                  {t('action.delete')}
                </button>
              </li>
            ))}
        </ul>
        <PenaltyForm
          track={track}
          onAdd={(rule, points, why) =>
            run(() => call('penalties.add', { entryId, rule, points, reason: why }))
          }
        />
      </div>
      <div>
        <h3>{t('results.singleAwards')}</h3>
        <ul className="penalties single-awards">
          {view.singleAwards
            .filter((a) => a.entryId === entryId)
            .map((a) => (
              <li key={a.id}>
                {a.name}
                <button
                  type="button"
                  className="quiet"
                  onClick={() =>
                    run(() => call('singleAwards.remove', { id: a.id, reason: changeReason }))
                  }
                >
                  {t('action.delete')}
                </button>
              </li>
            ))}
        </ul>
        <SingleAwardForm
          onAdd={(name) =>
            run(() => call('singleAwards.add', { entryId, name, reason: changeReason }))
          }
        />
      </div>
      <ErrorList errors={errors} />
    </div>
  );
}

function ObjectiveInput(props: {
  label: string;
  value: number | null;
  onSave: (value: number | null) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.value === null ? '' : formatPoints(props.value));
  const parsed = text.trim() === '' ? null : parsePoints(text);
  const bad = text.trim() !== '' && parsed === null;
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        if (!bad) props.onSave(parsed);
      }}
    >
      <Field label={props.label}>
        <input
          aria-invalid={bad}
          value={text}
          inputMode="decimal"
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <button type="submit" disabled={bad}>
        {t('action.save')}
      </button>
    </form>
  );
}

function PenaltyForm(props: {
  track: Track;
  onAdd: (rule: string | null, points: number, reason: string) => void;
}) {
  const { t, pick } = useI18n();
  const [rule, setRule] = useState(props.track.penalties[0]?.code ?? '');
  const [seconds, setSeconds] = useState('');
  const [pointsText, setPointsText] = useState('');
  const [reason, setReason] = useState('');
  const chosen = props.track.penalties.find((p) => p.code === rule);
  const points = chosen ? deductionFor(chosen, Number(seconds)) : parsePoints(pointsText);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!points) return;
    const why =
      reason.trim() ||
      (chosen ? `${pick(chosen.name)}${chosen.perSeconds ? ` ${seconds}s` : ''}` : '');
    props.onAdd(chosen ? chosen.code : null, points, why);
    setSeconds('');
    setPointsText('');
    setReason('');
  };

  return (
    <form className="inline penalty-form" onSubmit={submit}>
      <Field label={t('results.penaltyRule')}>
        <select value={rule} onChange={(e) => setRule(e.target.value)}>
          {props.track.penalties.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.name)}
            </option>
          ))}
          <option value="">{t('results.freePenalty')}</option>
        </select>
      </Field>
      {chosen?.perSeconds ? (
        <Field label={t('results.overtimeSeconds')}>
          <input
            type="number"
            min={1}
            value={seconds}
            onChange={(e) => setSeconds(e.target.value)}
          />
        </Field>
      ) : (
        !chosen && (
          <Field label={t('results.points')}>
            <input
              inputMode="decimal"
              value={pointsText}
              onChange={(e) => setPointsText(e.target.value)}
            />
          </Field>
        )
      )}
      <Field label={t('results.reason')}>
        <input required={!chosen} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <span className="muted">{points ? `−${formatPoints(points)}` : ''}</span>
      <button type="submit" disabled={!points}>
        {t('results.addPenalty')}
      </button>
    </form>
  );
}

function SingleAwardForm(props: { onAdd: (name: string) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) props.onAdd(name.trim());
        setName('');
      }}
    >
      <input
        aria-label={t('results.singleAwardName')}
        placeholder={t('results.singleAwardName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit">{t('results.addSingleAward')}</button>
    </form>
  );
}
