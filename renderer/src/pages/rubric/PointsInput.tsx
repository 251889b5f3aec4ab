import { createContext, useContext, useEffect, useId, useState } from 'react';
import { formatPoints, parsePoints } from '../../../../shared/domain/points';
import { useI18n } from '../../i18n/I18nProvider';

/** Lets the editor know which number fields currently hold text that is not a number. */
export const InvalidFieldsContext = createContext<(id: string, invalid: boolean) => void>(
  () => undefined,
);

/** A points field: typed as text, kept as hundredths; bad text is shown, never saved. */
export function PointsInput(props: {
  value: number;
  onChange: (hundredths: number) => void;
  label: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const report = useContext(InvalidFieldsContext);
  const [text, setText] = useState(formatPoints(props.value));
  const parsed = parsePoints(text);
  const invalid = parsed === null;

  // Only an outside change of the value should overwrite what is being typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: text is deliberately left out
  useEffect(() => {
    if (parsePoints(text) !== props.value) setText(formatPoints(props.value));
  }, [props.value]);

  useEffect(() => {
    report(id, invalid);
    return () => report(id, false);
  }, [id, invalid, report]);

  return (
    <span className="points-input">
      <input
        aria-label={props.label}
        aria-invalid={invalid}
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const value = parsePoints(event.target.value);
          if (value !== null) props.onChange(value);
        }}
      />
      {invalid && <span className="cell-error">{t('rubric.badNumber', { value: text })}</span>}
    </span>
  );
}

export function IntegerInput(props: {
  value: number;
  onChange: (value: number) => void;
  label: string;
  min?: number;
  max?: number;
}) {
  return (
    <input
      type="number"
      aria-label={props.label}
      min={props.min}
      max={props.max}
      step={1}
      value={props.value}
      onChange={(event) => {
        const value = Number(event.target.value);
        if (Number.isInteger(value)) props.onChange(value);
      }}
    />
  );
}
