import { useEffect } from 'react';

// Printouts set their own paper: a report with its header and "page n of N" in the margins,
// certificates on their paper size with no margin at all. Chromium (the browser and Electron)
// draws @page margin boxes with counter(page) and counter(pages); the rule is adopted as a
// constructed sheet (CSSOM), which the strict style-src of the CSP allows, unlike <style>.

const PAGE = '\uE000';
const PAGES = '\uE001';
export const PAGE_MARKERS = { page: PAGE, pages: PAGES } as const;

function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
}

/** A message translated with PAGE_MARKERS → `"第 " counter(page) " 页 / 共 " …`. */
function pageNumberContent(template: string): string {
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

/** A4 with the header at the top left and the page number at the bottom right. */
export function reportPageRule(options: {
  header: string;
  pageNumber: string;
  landscape: boolean;
}): string {
  return `@page {
  size: A4 ${options.landscape ? 'landscape' : 'portrait'};
  margin: 16mm 12mm 14mm;
  @top-left { content: ${cssString(options.header)}; ${BOX} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-right { content: ${pageNumberContent(options.pageNumber)}; ${BOX} vertical-align: top; padding-top: 3mm; }
}`;
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
