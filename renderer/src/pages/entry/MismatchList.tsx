import { useState } from 'react';
import type { DoubleEntryCell, DoubleEntryView } from '../../../../shared/api/entryGrids';
import { checkMark } from '../../../../shared/domain/markRules';
import { formatPoints } from '../../../../shared/domain/points';
import type { Track } from '../../../../shared/domain/rubric';
import { namedMarkError } from '../../../../shared/paper/namedMarkError';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

/**
 * The third look: every cell where the two passes differ, side by side with who typed what.
 * Nothing of it counts until a person, named, chooses one of the two figures or the one on the
 * paper; the choice is recorded with who and why.
 */
export function MismatchList(props: {
  track: Track;
  view: DoubleEntryView;
  onView: (view: DoubleEntryView) => void;
}) {
  const { t, pick } = useI18n();
  const { view } = props;
  const [decider, setDecider] = useState('');
  const { errors, setErrors, run } = useCall();
  const criteria = props.track.segments.flatMap((s) => s.criteria);
  const entries = new Map(view.entries.map((e) => [e.id, e]));
  const open = view.cells.filter((c) => c.state.kind === 'mismatch');
  const decided = view.cells.filter((c) => c.state.kind === 'resolved');
  const blank = t('doubleEntry.blank');
  const shown = (value: number | null) => (value === null ? blank : formatPoints(value));

  const decide = (cell: DoubleEntryCell, value: number | null, reason: string) =>
    run(async () =>
      props.onView(
        await call('doubleEntry.resolve', {
          track: view.track,
          judgeId: view.judge.id,
          entryId: cell.entryId,
          criterion: cell.criterion,
          value,
          by: decider,
          reason,
        }),
      ),
    );

  return (
    <section className="mismatches">
      <h2>{t('doubleEntry.mismatches')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t('doubleEntry.noMismatches')}</p>
      ) : (
        <>
          <Field label={t('doubleEntry.decider')} className="decider">
            <input value={decider} onChange={(e) => setDecider(e.target.value)} />
          </Field>
          <ErrorList errors={errors} />
          <table className="grid list mismatch-table">
            <thead>
              <tr>
                <th>{t('doubleEntry.colCell')}</th>
                <th>{t('doubleEntry.colFirst')}</th>
                <th>{t('doubleEntry.colSecond')}</th>
                <th>{t('doubleEntry.colDecide')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((cell) => {
                const entry = entries.get(cell.entryId)!;
                const criterion = criteria.find((c) => c.code === cell.criterion)!;
                const state = cell.state as { first: number | null; second: number | null };
                return (
                  <MismatchRow
                    key={`${cell.entryId}:${cell.criterion}`}
                    label={`${entry.no} ${entry.name} · ${pick(criterion.name)}`}
                    first={t('doubleEntry.typedBy', {
                      value: shown(state.first),
                      typist: cell.first?.typist ?? '—',
                    })}
                    second={t('doubleEntry.typedBy', {
                      value: shown(state.second),
                      typist: cell.second?.typist ?? '—',
                    })}
                    choices={[state.first, state.second]}
                    shown={shown}
                    disabled={decider.trim() === ''}
                    parse={(text) => {
                      const check = checkMark(text, criterion);
                      if (check.ok) return check.value;
                      setErrors([namedMarkError(entry, check.error)]);
                      return undefined;
                    }}
                    onDecide={(value, reason) => decide(cell, value, reason)}
                  />
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {decided.length > 0 && (
        <>
          <h3>{t('doubleEntry.resolvedList')}</h3>
          <ul className="resolved-list">
            {decided.map((cell) => {
              const entry = entries.get(cell.entryId)!;
              const criterion = criteria.find((c) => c.code === cell.criterion)!;
              return (
                <li key={`${cell.entryId}:${cell.criterion}`}>
                  {t('doubleEntry.resolvedLine', {
                    no: entry.no,
                    name: entry.name,
                    criterion: criterion.name,
                    value: shown(cell.resolution?.value ?? null),
                    by: cell.resolution?.by ?? '',
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function MismatchRow(props: {
  label: string;
  first: string;
  second: string;
  choices: Array<number | null>;
  shown: (value: number | null) => string;
  disabled: boolean;
  /** The figure typed as the paper's, or undefined when it is refused (said above the table). */
  parse: (text: string) => number | null | undefined;
  onDecide: (value: number | null, reason: string) => void;
}) {
  const { t } = useI18n();
  const [other, setOther] = useState('');
  const [reason, setReason] = useState('');
  return (
    <tr data-cell={props.label}>
      <td>{props.label}</td>
      <td className="side">{props.first}</td>
      <td className="side">{props.second}</td>
      <td>
        <div className="decide">
          {props.choices.map((value, i) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: the two passes, in order
              key={i}
              type="button"
              disabled={props.disabled}
              onClick={() => props.onDecide(value, reason)}
            >
              {t('doubleEntry.take', { value: props.shown(value) })}
            </button>
          ))}
          <input
            className="other-value"
            aria-label={t('doubleEntry.otherValue')}
            placeholder={t('doubleEntry.other')}
            inputMode="decimal"
            value={other}
            onChange={(e) => setOther(e.target.value)}
          />
          <button
            type="button"
            disabled={props.disabled || other.trim() === ''}
            onClick={() => {
              const value = props.parse(other);
              if (value !== undefined) props.onDecide(value, reason);
            }}
          >
            {t('doubleEntry.decide')}
          </button>
          <input
            className="reason"
            aria-label={t('doubleEntry.reason')}
            placeholder={t('doubleEntry.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </td>
    </tr>
  );
}
