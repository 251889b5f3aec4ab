// Comma-separated text as Excel and WPS save it (RFC 4180 quoting), decoded already.

/** The separator of the first non-empty line: comma, tab or semicolon, whichever is most used. */
export function detectDelimiter(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim().length > 0) ?? '';
  const counts = [',', '\t', ';'].map((d) => [d, line.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Rows of cells; quoted cells may hold separators, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        cell += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && cell.length === 0) quoted = true;
    else if (c === delimiter) endCell();
    else if (c === '\r') {
      endRow();
      if (text[i + 1] === '\n') i += 1;
    } else if (c === '\n') endRow();
    else cell += c;
    i += 1;
  }
  if (cell.length > 0 || row.length > 0) endRow();
  return rows;
}

/** Strict UTF-8 (a BOM dropped) when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
