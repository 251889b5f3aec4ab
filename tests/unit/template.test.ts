import { describe, expect, it } from 'vitest';
import { formatPoints } from '../../shared/domain/points';
import { judgedTotal, trackSchema, trackTotal } from '../../shared/domain/rubric';
import { checkTrack, checkTrackNames, normalizeName } from '../../shared/domain/rubricRules';
import { counselorTemplate } from '../../shared/templates/counselor';

const tracks = counselorTemplate.tracks;
const byCode = (code: string) => tracks.find((t) => t.code === code)!;

/** Every {zh, en} pair anywhere inside a value. */
function bilingualPairs(
  value: unknown,
  path = '',
): Array<{ path: string; zh: unknown; en: unknown }> {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = 'zh' in record && 'en' in record ? [{ path, zh: record.zh, en: record.en }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) => bilingualPairs(child, `${path}.${key}`)),
  ];
}

describe('the counselor competition template', () => {
  it('ships the four tracks of the 2024 national edition', () => {
    expect(tracks.map((t) => t.name.zh)).toEqual([
      '展品辅导',
      '科学实验',
      '科普短剧',
      '科学课程（活动）',
    ]);
    expect(tracks.map((t) => t.name.en)).toEqual([
      'Exhibit interpretation',
      'Science experiment',
      'Short science drama',
      'Science course (activity)',
    ]);
  });

  it('is valid by schema and by every rubric rule', () => {
    for (const track of tracks) {
      expect(trackSchema.safeParse(track).success, track.code).toBe(true);
      expect(checkTrack(track), track.code).toEqual([]);
    }
    expect(checkTrackNames([...tracks])).toEqual([]);
  });

  it('adds up: 98 judged + 2 quiz for exhibit interpretation, 100 for the others', () => {
    expect(formatPoints(judgedTotal(byCode('exhibit')))).toBe('98');
    expect(formatPoints(trackTotal(byCode('exhibit')))).toBe('100');
    for (const code of ['experiment', 'drama', 'course']) {
      expect(formatPoints(judgedTotal(byCode(code))), code).toBe('100');
      expect(formatPoints(trackTotal(byCode(code))), code).toBe('100');
    }
  });

  it('has the criteria and maxima of DOMAIN.md', () => {
    const maxima = (code: string) =>
      byCode(code).segments.flatMap((s) =>
        s.criteria.map((c) => `${c.name.zh}:${formatPoints(c.max)}`),
      );
    expect(maxima('exhibit')).toEqual([
      '科学内容:35',
      '辅导设计:25',
      '语言表达:20',
      '仪态与现场把控:10',
      '创新与特色:8',
      '第1题:1',
      '第2题:1',
    ]);
    expect(maxima('experiment')).toEqual([
      '科学性:30',
      '实验设计与创新:25',
      '演示效果:20',
      '互动与辅导:15',
      '安全与规范:10',
    ]);
    expect(maxima('drama')).toEqual([
      '科学内容与主题:30',
      '剧本创作:25',
      '表演:25',
      '舞台效果:10',
      '创新与感染力:10',
    ]);
    expect(maxima('course')).toEqual([
      '教学目标:15',
      '内容与资源:30',
      '活动过程:25',
      '评价设计:15',
      '展示与答辩:15',
    ]);
  });

  it('makes the quiz an objective segment and the rest judged', () => {
    const exhibit = byCode('exhibit');
    expect(exhibit.segments.map((s) => [s.code, s.kind])).toEqual([
      ['guidance', 'judged'],
      ['quiz', 'objective'],
    ]);
  });

  it('splits exhibit interpretation into counselors (default) and volunteers', () => {
    expect(byCode('exhibit').groups.map((g) => [g.name.zh, g.isDefault])).toEqual([
      ['科技辅导员', true],
      ['科技志愿者', false],
    ]);
  });

  it('knows the drama track under its other name 科学表演 / science show', () => {
    const drama = byCode('drama');
    const names = [drama.name.zh, drama.name.en, ...drama.aliases].map(normalizeName);
    expect(names).toContain(normalizeName('科学表演'));
    expect(names).toContain(normalizeName('Science Show'));
  });

  it('has time limits, steps, entry kinds and overtime penalties as proposed', () => {
    expect(tracks.map((t) => t.timeLimitSeconds / 60)).toEqual([5, 8, 10, 10]);
    expect(tracks.map((t) => t.entryKind)).toEqual(['individual', 'team', 'team', 'team']);
    expect(byCode('drama').teamSize).toEqual({ min: 2, max: 6 });
    for (const track of tracks) {
      for (const c of track.segments
        .filter((s) => s.kind === 'judged')
        .flatMap((s) => s.criteria)) {
        expect(c.step).toBe(50);
      }
      expect(track.decimals).toBe(2);
      expect(track.awards.tiers.map((tier) => tier.value)).toEqual([15, 25, 35]);
    }
    expect(
      tracks.map((t) => t.penalties.map((p) => `${p.code}:${p.points}/${p.perSeconds}`)),
    ).toEqual([['overtime:100/30'], ['overtime:100/30'], ['overtime:100/30'], []]);
  });

  it('names everything in both languages', () => {
    const pairs = bilingualPairs(counselorTemplate);
    expect(pairs.length).toBeGreaterThan(60);
    for (const { path, zh, en } of pairs) {
      expect(typeof zh === 'string' && zh.trim().length > 0, `${path}.zh`).toBe(true);
      expect(typeof en === 'string' && en.trim().length > 0, `${path}.en`).toBe(true);
    }
  });
});
