import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Judge } from '../../shared/domain/people';
import {
  cleanNumber,
  cleanText,
  sameText,
  terminalText,
  textKey,
  withoutInvisible,
  xmlText,
} from '../../shared/domain/textKey';
import { fileNamePart } from '../../shared/formats/signedFile';
import { matchJudges, oneEditApart } from '../../shared/roster/judgeMatch';
import { judgeClash, numberClash } from '../../shared/roster/rosterChecks';

/** What copying from chat apps and web pages slips into text. */
const INVISIBLES = [
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\u00AD', // soft hyphen
  '\uFEFF', // byte-order mark
  '\uFE0F', // variation selector 16
  '\u{E0101}', // variation selector 18
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202A', // left-to-right embedding
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u061C', // Arabic letter mark
];

const invisible = fc.constantFrom(...INVISIBLES);
/** Text with invisible characters slipped in anywhere. */
const sprinkled = (text: string) =>
  fc.array(fc.tuple(fc.nat({ max: text.length }), invisible), { maxLength: 6 }).map((inserts) => {
    const chars = [...text];
    for (const [at, c] of inserts) chars.splice(Math.min(at, chars.length), 0, c);
    return chars.join('');
  });
const names = fc.constantFrom('刘建国', '陈晓燕', 'Zhang Wei', '001', '中国科学技术馆', 'A-12');

describe('one comparison of names, numbers and organizations', () => {
  it('compares after NFKC, invisible characters removed and whitespace collapsed', () => {
    expect(textKey('００１')).toBe('001');
    expect(textKey('刘\u200B建国')).toBe('刘建国');
    expect(textKey(' 李　四 ')).toBe('李四');
    expect(textKey('Zhang\t  Wei')).toBe('zhang wei');
    expect(textKey('科学课程（活动）')).toBe(textKey('科学课程(活动)'));
    expect(sameText('浙江省\u200D科技馆', '浙江省科技馆')).toBe(true);
    expect(sameText('王芳', '王芬')).toBe(false);
    for (const c of INVISIBLES) expect(textKey(`a${c}b`), escape(c)).toBe('ab');
  });

  it('does not see invisible characters (property)', () => {
    fc.assert(
      fc.property(
        names.chain((name) => fc.tuple(fc.constant(name), sprinkled(name))),
        ([name, hidden]) => {
          expect(textKey(hidden)).toBe(textKey(name));
        },
      ),
    );
  });

  it('is idempotent and leaves no invisible character or edge space (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const key = textKey(text);
        expect(textKey(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s{2}|[\u200B-\u200F\u202A-\u202E\u2060\u00AD\uFEFF]/u);
      }),
    );
  });

  it('sees full-width and half-width digits and letters as one (property)', () => {
    const fullWidth = (s: string) =>
      s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Za-z-]{1,8}$/), (no) => {
        expect(textKey(fullWidth(no))).toBe(textKey(no));
        expect(cleanNumber(fullWidth(no))).toBe(no);
      }),
    );
  });
});

describe('stored text', () => {
  it('keeps the visible text as typed and numbers NFKC', () => {
    expect(cleanText(' \u202E王芳\u200B ')).toBe('王芳');
    expect(cleanText('Ｚｈａｎｇ')).toBe('Ｚｈａｎｇ');
    expect(cleanNumber(' ０\u200B０１ ')).toBe('001');
    expect(withoutInvisible('a\tb\nc')).toBe('a b c');
  });
});

describe('text at the edges', () => {
  it('keeps bidi controls and other control characters out of file names', () => {
    expect(fileNamePart('评委\u202Efdp.exe')).toBe('评委fdp.exe');
    expect(fileNamePart('刘\u200B建国\u0007')).toBe('刘建国');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
        expect(fileNamePart(text)).not.toMatch(/[\u0000-\u001F\u007F-\u009F\p{Cf}]/u);
      }),
    );
  });

  it('writes only what XML 1.0 allows into a workbook', () => {
    expect(xmlText('A\u0001B\u000BC\uFFFE\uD800D\u202E\tE\n')).toBe('ABCD\tE\n');
    expect(xmlText('😀 选手')).toBe('😀 选手');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(xmlText(text)).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
      }),
    );
  });

  it('prints no escape sequence or bidi control to a terminal', () => {
    expect(terminalText('\u001B[2J\u001B]0;x\u0007名单\r\u202E\n')).toBe('[2J]0;x名单\n');
    expect(terminalText('a\tb')).toBe('a\tb');
  });
});

describe('the forms refuse what only looks new', () => {
  it('finds a number that is another after normalization, but not the entry itself', () => {
    const entries = [{ id: 1, no: '001' }];
    expect(numberClash(entries, { no: '００１' })?.id).toBe(1);
    expect(numberClash(entries, { id: 1, no: '001' })).toBeUndefined();
    expect(numberClash(entries, { no: '002' })).toBeUndefined();
  });
  it('finds a judge of the same name and organization, invisible characters aside', () => {
    const judges = [{ id: 1, name: '刘建国', organization: '中国科学技术馆' }];
    expect(judgeClash(judges, { name: '刘\u2060建国', organization: '中国科学技术馆' })?.id).toBe(
      1,
    );
    expect(judgeClash(judges, { name: '刘建国', organization: '上海科技馆' })).toBeUndefined();
  });
});

describe('which stored judge a row is', () => {
  const judge = (id: number, name: string, organization: string, region = ''): Judge => ({
    id,
    name,
    organization,
    region,
    phone: '',
    tracks: [],
  });
  const stored = [
    judge(1, '陈晓燕', '浙江省科技馆', '浙江'),
    judge(2, '刘建国', '中国科学技术馆', '北京'),
  ];

  it('knows one character apart', () => {
    expect(oneEditApart('陈晓燕', '陈晓艳')).toBe(true);
    expect(oneEditApart('陈晓燕', '陈燕晓')).toBe(true);
    expect(oneEditApart('陈晓燕', '陈晓')).toBe(true);
    expect(oneEditApart('陈晓燕', '王晓艳')).toBe(false);
    expect(oneEditApart('张伟', '章玮')).toBe(false);
  });

  it('takes a corrected name at the same organization and region for a rename', () => {
    const [match] = matchJudges(
      [{ row: 2, name: '陈晓艳', organization: '浙江省科技馆', region: '浙江' }],
      stored,
    );
    expect(match).toEqual({ kind: 'renamed', judge: stored[0] });
  });

  it('takes nothing for a rename when the organization or region differs, or is not given', () => {
    const rows = [
      { row: 2, name: '陈晓艳', organization: '上海科技馆', region: '浙江' },
      { row: 3, name: '刘建华', organization: '中国科学技术馆', region: '天津' },
      { row: 4, name: '陈晓艳' },
    ];
    expect(matchJudges(rows, stored).map((m) => m.kind)).toEqual(['new', 'new', 'new']);
  });

  it('shows two rows claiming one stored judge as ambiguous', () => {
    const rows = [
      { row: 2, name: '陈晓艳', organization: '浙江省科技馆' },
      { row: 3, name: '陈小燕', organization: '浙江省科技馆' },
    ];
    expect(matchJudges(rows, stored).map((m) => m.kind)).toEqual(['ambiguous', 'ambiguous']);
  });

  it('tells two judges of one name apart by their organization', () => {
    const twins = [judge(1, '王芳', '江苏省科技馆'), judge(2, '王芳', '上海科技馆')];
    const matches = matchJudges(
      [
        { row: 2, name: '王芳', organization: '上海科技馆' },
        { row: 3, name: '王芳', organization: '江苏省科技馆' },
        { row: 4, name: '王芳', organization: '广东科学中心' },
      ],
      twins,
    );
    expect(matches.map((m) => (m.kind === 'same' ? m.judge.id : m.kind))).toEqual([
      2,
      1,
      'ambiguous',
    ]);
  });

  it('matches every stored judge to itself, however the names are written (property)', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(names, { minLength: 1 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.tuple(...list.map((name) => sprinkled(name)))),
          ),
        ([list, written]) => {
          const judges = list.map((name, i) => judge(i + 1, name, '馆'));
          const rows = written.map((name, i) => ({ row: i + 2, name, organization: '馆' }));
          const matches = matchJudges(rows, judges);
          expect(matches.map((m) => (m.kind === 'same' ? m.judge.id : m.kind))).toEqual(
            judges.map((j) => j.id),
          );
        },
      ),
    );
  });
});
