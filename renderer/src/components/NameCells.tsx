import type { LocalizedText } from '../../../shared/domain/text';

/** The two cells of a bilingual name in an editable table row: Chinese, then English. */
export function NameCells(props: {
  name: LocalizedText;
  labels: [string, string];
  onChange: (name: LocalizedText) => void;
}) {
  const { name, labels, onChange } = props;
  return (
    <>
      <td>
        <input
          aria-label={labels[0]}
          value={name.zh}
          onChange={(e) => onChange({ ...name, zh: e.target.value })}
        />
      </td>
      {/* The rubric screen folds English away: this cell is the one it hides. */}
      <td className="en-field">
        <input
          aria-label={labels[1]}
          value={name.en}
          onChange={(e) => onChange({ ...name, en: e.target.value })}
        />
      </td>
    </>
  );
}
