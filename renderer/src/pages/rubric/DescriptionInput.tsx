/**
 * A criterion's description: several lines (what earns full marks, what loses points), so the
 * box grows with its lines instead of hiding them behind a scrollbar.
 */
export function DescriptionInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const lines = props.value.split('\n').length;
  return (
    <textarea
      className="description-input"
      rows={Math.min(Math.max(lines, 2), 8)}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
