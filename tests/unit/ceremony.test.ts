import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awardsScript,
  type CeremonyEntry,
  type CeremonyOptions,
  type CeremonyTrack,
  defaultCeremonyOptions,
  presenterList,
} from '../../shared/ceremony/awardsScript';
import {
  certificateLayoutSchema,
  defaultCertificateLayout,
  fieldsOffPaper,
  paperSize,
  scaleLayout,
} from '../../shared/ceremony/certificateLayout';
import { certificates } from '../../shared/ceremony/certificates';
import type { Track } from '../../shared/domain/rubric';
import { entry, makeTrack, overall, panelOf, run } from './scoring/fixtures';

const text = (zh: string, en = zh) => ({ zh, en });
const awardsTrack = (code: string, groups: Track['groups'] = makeTrack().groups): Track =>
  makeTrack({
    code,
    name: text(`赛项${code}`, `Track ${code}`),
    groups,
    awards: {
      basis: 'count',
      tiers: [
        { code: 'first', name: text('一等奖', 'First prize'), value: 1 },
        { code: 'second', name: text('二等奖', 'Second prize'), value: 1 },
        { code: 'third', name: text('三等奖', 'Third prize'), value: 1 },
      ],
      rest: text('优秀奖', 'Excellence award'),
      boundaryTie: 'higher',
    },
  });

/** Entry i scored (90 − 5i) by three judges: 001 first … 005 last, 004 and 005 优秀奖. */
function ceremonyTrack(
  code: string,
  count = 5,
  singles: CeremonyTrack['singleAwards'] = [],
  team = false,
): CeremonyTrack {
  const track = awardsTrack(code);
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const results = run({
    track,
    entries: ids.map((id) => entry(id)),
    judges: panelOf(3),
    scores: ids.flatMap((id) => overall(id, [90 - 5 * id, 90 - 5 * id, 90 - 5 * id])),
  });
  const entries: CeremonyEntry[] = ids.map((id) => ({
    id,
    no: String(id).padStart(3, '0'),
    name: `${code}选手${id}`,
    organization: `${id}号馆`,
    region: '',
    title: '',
    members: team
      ? [
          { name: `${code}队员${id}甲`, role: '主讲' },
          { name: `${code}队员${id}乙`, role: '' },
        ]
      : [],
  }));
  return { track, results, entries, singleAwards: singles };
}

const names = (steps: ReturnType<typeof awardsScript>) =>
  steps.map((s) => `${s.track}:${s.award.zh}:${s.recipients.map((r) => r.no).join(',')}`);

describe('the awards script', () => {
  it('goes from 优秀奖 up to 一等奖, or the reverse, as the organizer chose', () => {
    const tracks = [ceremonyTrack('a')];
    expect(names(awardsScript(tracks, defaultCeremonyOptions))).toEqual([
      'a:优秀奖:004,005',
      'a:三等奖:003',
      'a:二等奖:002',
      'a:一等奖:001',
    ]);
    expect(
      names(awardsScript(tracks, { ...defaultCeremonyOptions, tierOrder: 'highFirst' })),
    ).toEqual(['a:一等奖:001', 'a:二等奖:002', 'a:三等奖:003', 'a:优秀奖:004,005']);
  });

  it('places single awards before or after their track, or all together at the end', () => {
    const tracks = [
      ceremonyTrack('a', 3, [{ entryId: 3, name: '最佳创意奖' }]),
      ceremonyTrack('b', 3, [{ entryId: 2, name: '最佳表现奖' }]),
    ];
    const high: CeremonyOptions = { ...defaultCeremonyOptions, tierOrder: 'highFirst' };
    expect(names(awardsScript(tracks, { ...high, singleAwards: 'beforeTiers' }))).toEqual([
      'a:最佳创意奖:003',
      'a:一等奖:001',
      'a:二等奖:002',
      'a:三等奖:003',
      'b:最佳表现奖:002',
      'b:一等奖:001',
      'b:二等奖:002',
      'b:三等奖:003',
    ]);
    const atEnd = names(awardsScript(tracks, { ...high, singleAwards: 'atEnd' }));
    expect(atEnd.slice(-2)).toEqual(['a:最佳创意奖:003', 'b:最佳表现奖:002']);
  });

  it('goes group by group in a track with groups, each group named, its awards in order', () => {
    const track = awardsTrack('g', [
      { code: 'c', name: text('科技辅导员'), isDefault: true },
      { code: 'v', name: text('科技志愿者'), isDefault: false },
    ]);
    const ids = [1, 2, 3, 4];
    const results = run({
      track,
      entries: ids.map((id) => entry(id, { group: id <= 2 ? 'c' : 'v' })),
      judges: panelOf(3),
      scores: ids.flatMap((id) => overall(id, [90 - id, 90 - id, 90 - id])),
    });
    const entries = ids.map((id) => ({
      id,
      no: String(id).padStart(3, '0'),
      name: `选手${id}`,
      organization: '',
      region: '',
      title: '',
      members: [],
    }));
    const steps = awardsScript([{ track, results, entries, singleAwards: [] }], {
      ...defaultCeremonyOptions,
      tierOrder: 'highFirst',
    });
    expect(steps.map((s) => `${s.group?.zh}:${s.award.zh}:${s.recipients[0]!.no}`)).toEqual([
      '科技辅导员:一等奖:001',
      '科技辅导员:二等奖:002',
      '科技志愿者:一等奖:003',
      '科技志愿者:二等奖:004',
    ]);
    expect(certificates(steps, defaultCertificateLayout)[2]!.group?.zh).toBe('科技志愿者');
  });

  it('leaves the rest award off the ceremony when asked', () => {
    const steps = awardsScript([ceremonyTrack('a')], {
      ...defaultCeremonyOptions,
      includeRest: false,
    });
    expect(steps.map((s) => s.kind)).toEqual(['tier', 'tier', 'tier']);
  });

  it('calls a team’s members up one by one, with their organization', () => {
    const steps = awardsScript([ceremonyTrack('a', 2, [], true)], {
      ...defaultCeremonyOptions,
      tierOrder: 'highFirst',
    });
    expect(presenterList(steps).map((l) => [l.order, l.person, l.organization])).toEqual([
      [1, 'a队员1甲', '1号馆'],
      [2, 'a队员1乙', '1号馆'],
      [3, 'a队员2甲', '2号馆'],
      [4, 'a队员2乙', '2号馆'],
    ]);
    expect(certificates(steps, defaultCertificateLayout).map((c) => c.people)).toEqual([
      ['a队员1甲', 'a队员1乙'],
      ['a队员2甲', 'a队员2乙'],
    ]);
  });

  it('numbers certificates in ceremony order with the chosen prefix', () => {
    const steps = awardsScript([ceremonyTrack('a')], defaultCeremonyOptions);
    const list = certificates(steps, { ...defaultCertificateLayout, numberPrefix: 'KJ2026-' });
    expect(list.map((c) => [c.number, c.entryNo, c.award.zh])).toEqual([
      ['KJ2026-001', '004', '优秀奖'],
      ['KJ2026-002', '005', '优秀奖'],
      ['KJ2026-003', '003', '三等奖'],
      ['KJ2026-004', '002', '二等奖'],
      ['KJ2026-005', '001', '一等奖'],
    ]);
  });

  it('gives every awarded entry exactly one place, whatever the options', () => {
    const optionsArb = fc.record({
      tierOrder: fc.constantFrom('lowFirst' as const, 'highFirst' as const),
      singleAwards: fc.constantFrom(
        'beforeTiers' as const,
        'afterTiers' as const,
        'atEnd' as const,
      ),
      includeRest: fc.constant(true),
    });
    fc.assert(
      fc.property(optionsArb, fc.integer({ min: 1, max: 12 }), (options, count) => {
        const steps = awardsScript([ceremonyTrack('a', count)], options);
        const nos = steps.flatMap((s) => s.recipients.map((r) => r.no));
        expect(new Set(nos).size).toBe(count);
        expect(nos).toHaveLength(count);
      }),
    );
  });
});

describe('the certificate layout', () => {
  it('A4 landscape by default; A3 and custom sizes in mm', () => {
    expect(paperSize(defaultCertificateLayout)).toEqual({ width: 297, height: 210 });
    const a3 = { ...defaultCertificateLayout.paper, preset: 'a3Landscape' as const };
    expect(paperSize({ ...defaultCertificateLayout, paper: a3 })).toEqual({
      width: 420,
      height: 297,
    });
    const custom = { preset: 'custom' as const, width: 260, height: 185 };
    expect(paperSize({ ...defaultCertificateLayout, paper: custom })).toEqual({
      width: 260,
      height: 185,
    });
  });

  it('the default layout is valid and fits its paper; a field moved off it is named', () => {
    expect(certificateLayoutSchema.safeParse(defaultCertificateLayout).success).toBe(true);
    expect(fieldsOffPaper(defaultCertificateLayout)).toEqual([]);
    const moved = structuredClone(defaultCertificateLayout);
    moved.fields.date.x = 250;
    expect(fieldsOffPaper(moved)).toEqual(['date']);
  });

  it('moved to A3, every field keeps its place in proportion and its type grows', () => {
    const a3 = scaleLayout(defaultCertificateLayout, {
      preset: 'a3Landscape',
      width: 420,
      height: 297,
    });
    expect(paperSize(a3)).toEqual({ width: 420, height: 297 });
    // 48.5 of 297 mm across is 68.6 of 420; 78 of 210 mm down is 110.3 of 297.
    expect(a3.fields.name).toMatchObject({ x: 68.6, y: 110.3, width: 282.8, size: 37 });
    expect(certificateLayoutSchema.safeParse(a3).success).toBe(true);
    expect(fieldsOffPaper(a3)).toEqual([]);
    // And back: the same places, to the tenth of a millimetre.
    const back = scaleLayout(a3, defaultCertificateLayout.paper);
    for (const name of ['name', 'date'] as const) {
      expect(back.fields[name].x).toBeCloseTo(defaultCertificateLayout.fields[name].x, 0);
      expect(back.fields[name].y).toBeCloseTo(defaultCertificateLayout.fields[name].y, 0);
    }
  });

  it('takes positions to a tenth of a millimetre, no finer', () => {
    const at = (x: number) => {
      const layout = structuredClone(defaultCertificateLayout);
      layout.fields.name.x = x;
      return certificateLayoutSchema.safeParse(layout).success;
    };
    expect(at(48.5)).toBe(true);
    expect(at(12.3)).toBe(true);
    expect(at(12.34)).toBe(false);
  });
});
