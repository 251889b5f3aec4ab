import type { ReactNode } from 'react';

/** A labelled form control; the label wraps the control so clicking it focuses the input. */
export function Field(props: {
  label: string;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
  className?: string;
}) {
  const className = ['field', props.wide && 'wide', props.className].filter(Boolean).join(' ');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed in as children
    <label className={className}>
      <span className="field-label">
        {props.label}
        {props.hint && <span className="field-hint"> {props.hint}</span>}
      </span>
      {props.children}
    </label>
  );
}
