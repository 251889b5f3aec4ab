import { useEffect } from 'react';

// What every printed page carries in its margins: the competition, track, version and time at
// the top, "page n of N" at the bottom. Chromium (the browser and Electron alike) draws CSS
// @page margin boxes with counter(page) and counter(pages); their text can only come from CSS,
// so the rule is built here and adopted as a constructed sheet (CSSOM, allowed by the strict
// style-src of the CSP, unlike an inline <style>).

const PAGE = '\uE000';
const PAGES = '\uE001';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
}

/** "第 {page} 页 / 共 {pages} 页" with the two markers → `"第 " counter(page) " 页 / 共 " …`. */
export function pageNumberContent(template: string): string {
  return template
    .split(/(\uE000|\uE001)/)
    .filter((part) => part !== '')
    .map((part) =>
      part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

export const PAGE_MARKERS = { page: PAGE, pages: PAGES } as const;

export interface PageMarginOptions {
  header: string;
  pageNumber: string;
  landscape: boolean;
  /**
   * Pages that say more in their header (each judge's sheet names the seat, so a loose page
   * finds its sheet): the elements matching `selector` print on pages named `name`.
   */
  named?: ReadonlyArray<{ name: string; selector: string; header: string }>;
}

const BOX =
  'font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 8pt; color: #333;';

function topLeft(header: string): string {
  return `@top-left { content: ${cssString(header)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; }`;
}

export function pageRule(options: PageMarginOptions): string {
  const named = (options.named ?? []).map(
    (page) => `@page ${page.name} { ${topLeft(page.header)} }
${page.selector} { page: ${page.name}; }`,
  );
  return [
    `@page {
  size: A4 ${options.landscape ? 'landscape' : 'portrait'};
  margin: 16mm 12mm 14mm;
  ${topLeft(options.header)}
  @bottom-right { content: ${pageNumberContent(options.pageNumber)}; ${BOX} vertical-align: top; padding-top: 3mm; }
}`,
    ...named,
  ].join('\n');
}

/** Puts the page rules in place while the printout is on show. */
export function usePageMargins(options: PageMarginOptions) {
  const rule = pageRule(options);
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rule]);
}
