import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, sourceFiles } from '../helpers/sourceFiles';

const renderer = join(projectRoot, 'renderer', 'src');
const screens = sourceFiles(renderer).filter(
  (file) => /\.tsx$/.test(file) && /\/(pages|components)\//.test(file),
);
/** Everything a person reads: the organizer's screens, the judges' page and the big screen. */
const pages = sourceFiles(renderer).filter(
  (file) => /\.tsx$/.test(file) && /\/(pages|components|judge|screen)\//.test(file),
);
/** The source without its comments: a comment may quote a word or name a pattern. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('the renderer’s structure', () => {
  it('catches what a call throws in one place (useCall), never in a screen', () => {
    const offenders = screens.filter((file) =>
      /\btry\s*\{|\.catch\(|\btoErrors\(/.test(code(file)),
    );
    expect(offenders.map((file) => relative(projectRoot, file))).toEqual([]);
  });

  it('writes no words into the screens: every Chinese word comes from the catalog', () => {
    // Punctuation that joins a list (、) is not a word.
    const offenders = pages.flatMap((file) =>
      [
        // In quotes, and as JSX text between tags.
        ...[...code(file).matchAll(/(['"`])([^'"`\n]*\p{Script=Han}[^'"`\n]*)\1/gu)].map(
          (m) => m[2]!,
        ),
        ...[...code(file).matchAll(/>([^<>{}]*\p{Script=Han}[^<>{}]*)</gu)].map((m) => m[1]!),
      ]
        .filter((text) => /\p{Script=Han}/u.test(text.replace(/、/g, '')))
        .map((text) => `${relative(projectRoot, file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('names nothing for a screen reader or a tooltip in words of its own', () => {
    const offenders = pages.flatMap((file) =>
      [...code(file).matchAll(/\b(aria-label|title|alt)="([^"]*\p{L}[^"]*)"/gu)].map(
        (m) => `${relative(projectRoot, file)}: ${m[1]}="${m[2]}"`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps styles by screen over shared tokens, not in one sheet for all', () => {
    expect(existsSync(join(renderer, 'styles.css'))).toBe(false);
    const tokens = readFileSync(join(renderer, 'styles', 'tokens.css'), 'utf8');
    expect(tokens).toContain('--accent:');
    const pageSheets = readdirSync(join(renderer, 'pages'), { recursive: true }).filter((name) =>
      String(name).endsWith('.css'),
    );
    expect(pageSheets.length).toBeGreaterThanOrEqual(10);
    for (const sheet of ['base.css', 'tokens.css']) {
      const lines = readFileSync(join(renderer, 'styles', sheet), 'utf8').split('\n').length;
      expect(lines, sheet).toBeLessThan(700);
    }
  });
});
