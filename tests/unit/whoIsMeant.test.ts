import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalog';
import {
  findEntry,
  findJudge,
  findTrack,
  type NamedJudge,
  seatOf,
} from '../../shared/panel/whoIsMeant';

const tracks = [
  { code: 'exhibit', name: { zh: '展品辅导', en: 'Exhibit interpretation' }, aliases: [] },
  { code: 'drama', name: { zh: '科普短剧', en: 'Short science drama' }, aliases: ['科学表演'] },
  { code: 'show', name: { zh: '科学表演', en: 'Science show' }, aliases: [] },
];

const judges: NamedJudge[] = [
  { id: 4, name: '陈静', organization: '浙江省科技馆', tracks: ['exhibit'], seats: { exhibit: 1 } },
  { id: 7, name: '陈静', organization: '杭州科技馆', tracks: ['drama'], seats: { drama: 3 } },
  {
    id: 9,
    name: '王立',
    organization: '宁波科技馆',
    tracks: ['exhibit', 'drama'],
    seats: { exhibit: 3, drama: 1 },
  },
];

const messages = (result: { ok: boolean; errors?: unknown }) => {
  if (result.ok) throw new Error('expected a refusal');
  const [error] = (result as { errors: Array<{ code: never; params: never }> }).errors;
  return {
    zh: translate('zh-CN', error!.code, error!.params),
    en: translate('en', error!.code, error!.params),
  };
};

describe('a track as the organizer names it', () => {
  it('is found by code, by either name and by alias, whatever the width of the characters', () => {
    expect(findTrack(tracks, 'exhibit')).toMatchObject({ ok: true, value: { code: 'exhibit' } });
    expect(findTrack(tracks, ' 展品辅导 ')).toMatchObject({ ok: true, value: { code: 'exhibit' } });
    expect(findTrack(tracks, 'exhibit INTERPRETATION')).toMatchObject({
      ok: true,
      value: { code: 'exhibit' },
    });
  });

  it('is refused when a name fits two tracks, listing both in both languages', () => {
    const text = messages(findTrack(tracks, '科学表演'));
    expect(text.zh).toContain('科普短剧（drama）');
    expect(text.zh).toContain('科学表演（show）');
    expect(text.en).toContain('Science show (show)');
  });

  it('is refused when unknown, listing every track', () => {
    const text = messages(findTrack(tracks, '科学课程'));
    expect(text.zh).toMatch(/没有叫“科学课程”的赛项.*展品辅导（exhibit）/);
    expect(text.en).toContain('Short science drama (drama)');
  });
});

describe('a judge as the organizer names them', () => {
  it('keeps the internal number working, bare or with #', () => {
    expect(findJudge(judges, '9')).toMatchObject({ ok: true, value: { id: 9 } });
    expect(findJudge(judges, '#7')).toMatchObject({ ok: true, value: { id: 7 } });
  });

  it('finds a judge by seat on the named track, in the ways seats are written', () => {
    for (const typed of ['3号', '3 号', '3号评委', '３号', 'seat 3', 'Seat3']) {
      expect(findJudge(judges, typed, 'exhibit')).toMatchObject({ ok: true, value: { id: 9 } });
    }
    expect(findJudge(judges, '3号', 'drama')).toMatchObject({ ok: true, value: { id: 7 } });
  });

  it('asks for the track when a seat is held on several panels', () => {
    const text = messages(findJudge(judges, '3号'));
    expect(text.zh).toContain('--track');
    expect(text.zh).toContain('王立');
    expect(text.zh).toContain('陈静');
  });

  it('refuses a seat nobody holds, listing the seated judges', () => {
    const text = messages(findJudge(judges, '5号', 'exhibit'));
    expect(text.zh).toContain('陈静（浙江省科技馆，1号，#4）');
    expect(text.en).toContain('王立 (宁波科技馆, seat 3, #9)');
  });

  it('refuses a name two judges share, naming each by organization, seat and number', () => {
    const text = messages(findJudge(judges, '陈静'));
    expect(text.zh).toContain('浙江省科技馆');
    expect(text.zh).toContain('杭州科技馆');
    expect(text.en).toContain('#4');
    expect(text.en).toContain('#7');
  });

  it('takes the panel’s judge of a shared name when the track is given', () => {
    expect(findJudge(judges, '陈静', 'drama')).toMatchObject({ ok: true, value: { id: 7 } });
  });

  it('refuses an unknown name, listing the judges of the track', () => {
    const text = messages(findJudge(judges, '李明', 'drama'));
    expect(text.zh).toContain('没有评委“李明”');
    expect(text.zh).toContain('王立');
    expect(text.zh).not.toContain('浙江省科技馆');
  });

  it('finds every judge of a unique name by that name, and never another', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({
            unit: fc.constantFrom('陈', '王', '李', '静', '立', '明'),
            minLength: 1,
            maxLength: 3,
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.nat(),
        (names, pick) => {
          const panel = names.map((name, i) => ({
            id: i + 1,
            name,
            organization: '',
            tracks: ['exhibit'],
            seats: { exhibit: i + 1 },
          }));
          const wanted = panel[pick % panel.length]!;
          const found = findJudge(panel, wanted.name, 'exhibit');
          expect(found).toMatchObject({ ok: true, value: { id: wanted.id } });
          expect(findJudge(panel, `${wanted.seats.exhibit}号`, 'exhibit')).toMatchObject({
            ok: true,
            value: { id: wanted.id },
          });
        },
      ),
    );
  });
});

describe('seats and entries', () => {
  it('reads a seat only from a seat’s wording', () => {
    expect(seatOf('12号评委')).toBe(12);
    expect(seatOf('12')).toBeNull();
    expect(seatOf('陈静')).toBeNull();
  });

  it('finds an entry by number in any width, or by a unique name', () => {
    const entries = [
      { id: 1, no: '001', name: '郭志远' },
      { id: 2, no: '002', name: '林可' },
      { id: 3, no: '003', name: '林可' },
    ];
    expect(findEntry(entries, '００１')).toMatchObject({ ok: true, value: { id: 1 } });
    expect(findEntry(entries, '郭志远')).toMatchObject({ ok: true, value: { id: 1 } });
    expect(messages(findEntry(entries, '林可')).zh).toContain('002 林可、003 林可');
    expect(messages(findEntry(entries, '099')).en).toContain('001 郭志远');
  });
});
