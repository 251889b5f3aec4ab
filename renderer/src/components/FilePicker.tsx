import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import './FilePicker.css';

/**
 * A file chooser in the app's language. The browser's own <input type=file> writes "选择文件 /
 * 未选择任何文件" or "Choose file / No file chosen" by the system's locale, whatever language
 * the app is in: here the input is hidden, a button from the catalog opens it, and the chosen
 * file's name is shown beside it. The hidden input keeps `label` as its accessible name, so the
 * same label finds it for assistive technology and for the tests.
 */
export function FilePicker(props: {
  /** The accessible name of the chooser (e.g. 评委：打开评委文件). */
  label: string;
  /** The button's words; the label's by default. */
  button?: string;
  accept?: string;
  multiple?: boolean;
  primary?: boolean;
  large?: boolean;
  disabled?: boolean;
  /** The files chosen; the input is cleared after, so choosing the same file again counts. */
  onFiles: (files: File[]) => unknown;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const status = useId();
  const classes = ['file-picker-button', props.primary ? 'primary' : '', props.large ? 'large' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <span className="file-picker">
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={props.label}
        accept={props.accept}
        multiple={props.multiple}
        onChange={(event) => {
          const target = event.target;
          const files = [...(target.files ?? [])];
          if (files.length === 0) return;
          setChosen(files.map((f) => f.name));
          Promise.resolve(props.onFiles(files)).finally(() => {
            target.value = '';
          });
        }}
      />
      <button
        type="button"
        className={classes}
        disabled={props.disabled}
        aria-describedby={status}
        onClick={() => input.current?.click()}
      >
        {props.button ?? props.label}
      </button>
      <span id={status} className={chosen.length > 0 ? 'file-picker-chosen' : 'muted small'}>
        {chosen.length === 0
          ? t('file.noneChosen')
          : chosen.length === 1
            ? chosen[0]
            : t('file.chosenMany', { count: chosen.length, first: chosen[0]! })}
      </span>
    </span>
  );
}
