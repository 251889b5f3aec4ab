import { cleanNumber, textKey, withoutInvisible } from '../domain/textKey';

// Cell text as organizers type it: full-width digits and spaces, stray spaces, line breaks, and
// the invisible characters that copying from chat apps and web pages brings along.

/** Full-width ASCII (ＡＢＣ０１２) to half-width, ideographic and no-break spaces to spaces. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => {
      const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
      // Only letters and digits: Chinese punctuation （）、，stays as typed.
      return /[0-9A-Za-z]/.test(ascii) ? ascii : c;
    })
    .replace(/[\u3000\u00A0\u2002-\u200A]/g, ' ');
}

/** One line: trimmed, inner runs of spaces collapsed, line breaks kept as the caller needs. */
export function cleanCell(text: string): string {
  // Line breaks survive long enough to separate team members; other controls become spaces.
  return halfWidth(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => withoutInvisible(line).replace(/ +/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** A single-line value: line breaks inside become spaces. */
export function cleanValue(text: string): string {
  return closeHanGaps(cleanCell(text).replace(/\n/g, ' '));
}

/** 李　四 → 李四: spaces between Chinese characters are padding (to align two-character names). */
export function closeHanGaps(text: string): string {
  return text.replace(/(\p{Script=Han}) +(?=\p{Script=Han})/gu, '$1');
}

/** An entry number from a cell: one line, NFKC (①, ０１ are 1, 01). */
export function cleanNo(text: string): string {
  return cleanNumber(cleanValue(text));
}

/** For comparing headers: the text key without the spaces or punctuation rosters sprinkle. */
export function headerKey(text: string): string {
  return textKey(text)
    .replace(/[\s*＊:：·•]/g, '')
    .replace(/[（(](必填|选填|可选|required|optional)[）)]$/i, '');
}

/** 1 → "1", 1.5 → "1.5": a number the spreadsheet stored, as the text a person reads. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel keeps 15 significant digits; beyond that is binary noise (0.1 + 0.2).
  return String(Number(value.toPrecision(15)));
}

/** Team members from one cell: 、,，;；/ or line breaks between names. */
export function splitList(text: string): string[] {
  return cleanCell(text)
    .split(/[、,，;；/／\n]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
