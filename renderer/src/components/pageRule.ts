import { useEffect } from 'react';

// Printouts set their own paper: a report with its header and "page n of N" in the margins,
// certificates on their paper size with no margin at all. Chromium (the browser and Electron)
// draws @page margin boxes with counter(page) and counter(pages); their text can only come from
// CSS, so the rule is adopted as a constructed sheet (CSSOM), which the strict style-src of the
// CSP allows, unlike an inline <style>.

const PAGE = '\uE000';
const PAGES = '\uE001';
export const PAGE_MARKERS = { page: PAGE, pages: PAGES } as const;

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

const BOX =
  'font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 8pt; color: #333;';

function topLeft(header: string): string {
  return `@top-left { content: ${cssString(header)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; }`;
}

export interface ReportPageOptions {
  header: string;
  pageNumber: string;
  landscape: boolean;
  /**
   * Pages that say more in their header (each judge's sheet names the seat, so a loose page
   * finds its sheet): the elements matching `selector` print on pages named `name`.
   */
  named?: ReadonlyArray<{ name: string; selector: string; header: string }>;
}

/** A4 with the header at the top left and the page number at the bottom right. */
export function reportPageRule(options: ReportPageOptions): string {
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

/** Exactly the paper, nothing in its margins: what a certificate prints on. */
export function paperPageRule(widthMm: number, heightMm: number): string {
  return `@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`;
}

/** Puts a page rule in place while the printout is on show. */
export function usePageRule(rule: string) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rule);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rule]);
}
