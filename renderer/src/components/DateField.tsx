import { useEffect, useId, useRef, useState } from 'react';
import { normalizeDate } from '../../../shared/domain/dateText';
import { useI18n } from '../i18n/I18nProvider';
import './DateField.css';

/**
 * A date typed as 年-月-日, with the hint and the refusal in the app's language: the browser's
 * <input type=date> draws its own "年/月/日" or "mm/dd/yyyy" and its own calendar by the
 * system's locale, whatever language the app is in. 2026/5/18 and 2026年5月18日 are read as
 * 2026-05-18 when the field is left; a form with a date that is none will not submit.
 */
export function DateField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const message = useId();
  const invalid = normalizeDate(props.value) === null;
  // Said once the field is left: not at every keystroke of a date still being typed.
  const [left, setLeft] = useState(false);
  const shown = invalid && left;

  useEffect(() => {
    input.current?.setCustomValidity(invalid ? t('date.invalid') : '');
  }, [invalid, t]);

  return (
    <>
      <input
        ref={input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-field"
        value={props.value}
        placeholder={t('date.placeholder')}
        aria-invalid={shown || undefined}
        aria-describedby={shown ? message : undefined}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={() => {
          setLeft(true);
          const normalized = normalizeDate(props.value);
          if (normalized !== null && normalized !== props.value) props.onChange(normalized);
        }}
      />
      {shown && (
        <span id={message} className="field-error small">
          {t('date.invalid')}
        </span>
      )}
    </>
  );
}
