// Entry numbers are text ("001", "A-12", "B-3"): printed rosters list A-9 before A-10, so digit
// runs compare as numbers. The comparison is code-unit based, never locale based, so every
// machine sorts the same way.

const CHUNK = /\d+|\D+/g;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length - y.length || compareText(x, y);
}

export function compareEntryNo(a: string, b: string): number {
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    const order = bothDigits ? compareDigits(x, y) : compareText(x, y);
    if (order !== 0) return order;
  }
  // Equal up to the shorter one; then the shorter first, then plain text ("01" vs "1").
  return left.length - right.length || compareText(a, b);
}

/**
 * The running order, the one order of entries on every list and printout: drawn entries by their
 * draw, then those not drawn yet (before the draw, or a late entry) by number.
 */
export function compareRunningOrder(
  a: { drawOrder: number | null; no: string },
  b: { drawOrder: number | null; no: string },
): number {
  return (
    (a.drawOrder ?? Number.MAX_SAFE_INTEGER) - (b.drawOrder ?? Number.MAX_SAFE_INTEGER) ||
    compareEntryNo(a.no, b.no)
  );
}
