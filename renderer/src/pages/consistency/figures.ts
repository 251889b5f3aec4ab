// Descriptive figures arrive in hundredths of a point (binary floating point, since they are
// means and deviations, never published scores): shown with two decimals, signed where the sign
// says "above" or "below" the other judges.

export function points(hundredths: number | null): string {
  return hundredths === null ? '—' : (hundredths / 100).toFixed(2);
}

export function signedPoints(hundredths: number | null): string {
  if (hundredths === null) return '—';
  const text = (Math.abs(hundredths) / 100).toFixed(2);
  if (text === '0.00') return text;
  return hundredths > 0 ? `+${text}` : `\u2212${text}`;
}
