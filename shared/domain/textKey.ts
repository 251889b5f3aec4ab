// One comparison of names, numbers and organizations, and the cleaning of text at the edges.
//
// Text reaches ScoreDesk from spreadsheets, chat apps and web forms, carrying characters nobody
// sees: zero-width spaces and joiners, soft hyphens, byte-order marks, variation selectors and
// bidi controls. Two judges then look alike but compare different (a second 刘建国 on a panel, a
// recusal that does not fire), and a right-to-left override reorders a file name on screen.
// Compare with `textKey`; store what `cleanText` / `cleanNumber` leave; write to an XML file or a
// terminal only what `xmlText` / `terminalText` leave.

/**
 * Characters with no glyph of their own: every format character (\p{Cf}: zero-width space,
 * joiners, word joiner, soft hyphen, BOM, bidi marks, embeddings, overrides and isolates, tags),
 * variation selectors (VS1–256, Mongolian FVS), the combining grapheme joiner and the Hangul
 * fillers that fonts draw as blanks.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each is matched alone, to be removed
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we match
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Text without invisible characters; control characters (tabs, line breaks) become spaces. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ');
}

/**
 * The key two texts are compared by: the same key is the same name, number or organization.
 * Unicode NFKC (full-width ０１Ａ and （） are 01A and (), compatibility ideographs are their
 * unified forms), invisible characters removed, runs of whitespace one space, no space at the
 * ends or between two Chinese characters (李　四 is 李四), and letters in lower case.
 */
export function textKey(text: string): string {
  return withoutInvisible(withoutInvisible(text).normalize('NFKC'))
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .toLowerCase()
    .normalize('NFKC');
}

export function sameText(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}

/**
 * Text as stored from a form or a file: invisible and control characters removed, no space at
 * the ends, otherwise as typed (a name keeps its own characters; only comparisons fold them).
 */
export function cleanText(text: string): string {
  return withoutInvisible(text).trim();
}

/** An entry number as stored: cleaned, then NFKC (００１ is 001) and its spaces collapsed. */
export function cleanNumber(text: string): string {
  return withoutInvisible(cleanText(text).normalize('NFKC')).replace(/\s+/gu, ' ').trim();
}

/**
 * Text for an XML 1.0 document (a workbook's sheets): no character XML forbids (controls other
 * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF), no bidi control or other invisible
 * character. A workbook with a forbidden character is one Excel refuses to open.
 */
export function xmlText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/**
 * Text for a terminal: no escape sequence can move the cursor, change colours or retitle the
 * window, and no bidi control reorders a line. Tabs and line breaks stay.
 */
export function terminalText(text: string): string {
  return (
    text
      .replace(INVISIBLE, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, '')
  );
}
