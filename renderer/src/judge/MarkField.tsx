import { type KeyboardEvent, memo, useEffect, useState } from 'react';
import { checkMark } from '../../../shared/domain/markRules';
import { formatPoints } from '../../../shared/domain/points';
import type { Criterion } from '../../../shared/domain/rubric';
import type { AppError } from '../../../shared/errors';
import { useJudgeI18n } from './judgeI18n';

/**
 * One criterion of one contestant: a big field with the phone's number pad (inputmode decimal),
 * checked as the desktop sheet checks it (checkMark: a number, at most the maximum, on the step);
 * kept on the device on leaving the field or Enter, which goes on to the next field.
 */
export const MarkField = memo(function MarkField(props: {
  entryId: number;
  entryNo: string;
  criterion: Criterion;
  saved: number | null;
  unsent: boolean;
  flagged: boolean;
  /** Resolves to whether the device kept the mark (its storage may refuse the write). */
  onCommit: (entryId: number, criterion: string, value: number | null) => Promise<boolean>;
}) {
  const { t, pick, explain } = useJudgeI18n();
  const savedText = props.saved === null ? '' : formatPoints(props.saved);
  const [text, setText] = useState(savedText);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    setText(savedText);
    setError(null);
  }, [savedText]);

  const commit = () => {
    if (text === savedText) return setError(null);
    const check = checkMark(text, props.criterion);
    if (!check.ok) return setError(check.error);
    setError(null);
    if (check.value === props.saved) return;
    props.onCommit(props.entryId, props.criterion.code, check.value).then((kept) => {
      // Not on this device: the field shows what is kept, and says why the typed mark is not.
      if (kept) return;
      setText(savedText);
      setError({ code: 'judgePage.notKept' });
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setText(savedText);
      setError(null);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
    // The next field of the sheet, as a number pad's "next" would.
    const fields = [...document.querySelectorAll<HTMLInputElement>('input.mark-input')];
    fields[fields.indexOf(event.currentTarget) + 1]?.focus();
  };

  const name = pick(props.criterion.name);
  const className = [
    'mark-field',
    error && 'invalid',
    props.flagged && props.saved === null && 'blank',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <label className={className} data-criterion={props.criterion.code}>
      <span className="mark-name">
        {name} <span className="max">/{formatPoints(props.criterion.max)}</span>
      </span>
      <input
        className="mark-input"
        aria-label={t('judgePage.markLabel', { entry: props.entryNo, criterion: name })}
        aria-invalid={!!error}
        inputMode="decimal"
        enterKeyHint="next"
        autoComplete="off"
        value={text}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {props.unsent && <span className="unsent-chip">{t('judgePage.unsent')}</span>}
      {error && (
        <span className="field-error" role="alert">
          {explain(error)}
        </span>
      )}
    </label>
  );
});
