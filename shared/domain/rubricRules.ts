import type { AppError } from '../errors';
import { formatPoints } from './points';
import type { Track } from './rubric';

/**
 * The rules a rubric must satisfy beyond its shape: the editor shows these reasons and the
 * store refuses to save a track that breaks any of them.
 */
export function checkTrack(track: Track): AppError[] {
  const errors: AppError[] = [];
  const track_ = track.name;

  const duplicates = (kind: string, codes: string[]) => {
    const seen = new Set<string>();
    for (const c of codes) {
      if (seen.has(c)) errors.push({ code: 'rubric.duplicateCode', params: { kind, code: c } });
      seen.add(c);
    }
  };
  const criteria = track.segments.flatMap((segment) => segment.criteria);
  duplicates(
    'group',
    track.groups.map((g) => g.code),
  );
  duplicates(
    'segment',
    track.segments.map((s) => s.code),
  );
  duplicates(
    'criterion',
    criteria.map((c) => c.code),
  );
  duplicates(
    'penalty',
    track.penalties.map((p) => p.code),
  );
  duplicates(
    'award',
    track.awards.tiers.map((t) => t.code),
  );

  errors.push(...emptyNames(track));
  if (track.groups.filter((g) => g.isDefault).length !== 1) {
    errors.push({ code: 'rubric.oneDefaultGroup', params: { track: track_ } });
  }
  if (!track.segments.some((s) => s.kind === 'judged')) {
    errors.push({ code: 'rubric.noJudgedSegment', params: { track: track_ } });
  }
  for (const criterion of criteria) {
    if (criterion.step > criterion.max) {
      errors.push({
        code: 'rubric.stepAboveMax',
        params: {
          criterion: criterion.name,
          step: formatPoints(criterion.step),
          max: formatPoints(criterion.max),
        },
      });
    } else if (criterion.max % criterion.step !== 0) {
      errors.push({
        code: 'rubric.maxNotMultipleOfStep',
        params: {
          criterion: criterion.name,
          step: formatPoints(criterion.step),
          max: formatPoints(criterion.max),
        },
      });
    }
  }
  if (track.teamSize.min > track.teamSize.max) {
    errors.push({
      code: 'rubric.teamSize',
      params: { min: track.teamSize.min, max: track.teamSize.max },
    });
  }
  const { aggregation } = track;
  if (
    aggregation.method === 'trimmedMean' &&
    aggregation.drop * 2 >= aggregation.minJudgesForTrim
  ) {
    errors.push({
      code: 'rubric.dropTooMany',
      params: { drop: aggregation.drop, judges: aggregation.minJudgesForTrim },
    });
  }
  for (const step of track.tieBreak) {
    if (step.kind === 'criterion' && !criteria.some((c) => c.code === step.code)) {
      errors.push({ code: 'rubric.unknownTieBreak', params: { code: step.code } });
    }
    if (step.kind === 'segment' && !track.segments.some((s) => s.code === step.code)) {
      errors.push({ code: 'rubric.unknownTieBreak', params: { code: step.code } });
    }
  }
  if (track.awards.basis === 'share') {
    const share = track.awards.tiers.reduce((sum, tier) => sum + tier.value, 0);
    if (share > 100) errors.push({ code: 'rubric.awardShareOver', params: { share } });
  }
  return errors;
}

/** Every name shows in both languages, so neither side may be left empty. */
function emptyNames(track: Track): AppError[] {
  const blank = (name: { zh: string; en: string }) => !name.zh.trim() || !name.en.trim();
  const at = (zh: string, en: string): AppError => ({
    code: 'rubric.emptyName',
    params: { where: { zh, en } },
  });
  const errors: AppError[] = [];
  if (blank(track.name)) errors.push(at('赛项', 'the track'));
  for (const [i, g] of track.groups.entries()) {
    if (blank(g.name)) errors.push(at(`组别 ${i + 1}`, `group ${i + 1}`));
  }
  for (const [i, s] of track.segments.entries()) {
    if (blank(s.name)) errors.push(at(`环节 ${i + 1}`, `segment ${i + 1}`));
    for (const [j, c] of s.criteria.entries()) {
      if (blank(c.name))
        errors.push(
          at(`环节 ${i + 1} 的评分项 ${j + 1}`, `criterion ${j + 1} of segment ${i + 1}`),
        );
    }
  }
  for (const [i, tier] of track.awards.tiers.entries()) {
    if (blank(tier.name)) errors.push(at(`奖项 ${i + 1}`, `award ${i + 1}`));
  }
  for (const [i, p] of track.penalties.entries()) {
    if (blank(p.name)) errors.push(at(`扣分项 ${i + 1}`, `deduction ${i + 1}`));
  }
  return errors;
}

/** Names and aliases identify a track in imports, so no two tracks may share one. */
export function checkTrackNames(tracks: Track[]): AppError[] {
  const errors: AppError[] = [];
  const owner = new Map<string, string>();
  for (const track of tracks) {
    const names = new Set(
      [track.name.zh, track.name.en, ...track.aliases].map((n) => normalizeName(n)),
    );
    for (const name of names) {
      const other = owner.get(name);
      if (other !== undefined && other !== track.code) {
        errors.push({ code: 'rubric.nameTaken', params: { name, track: track.name } });
      }
      owner.set(name, track.code);
    }
  }
  const codes = tracks.map((t) => t.code);
  for (const [i, c] of codes.entries()) {
    if (codes.indexOf(c) !== i)
      errors.push({ code: 'rubric.duplicateCode', params: { kind: 'track', code: c } });
  }
  return errors;
}

/** Case, width and space-insensitive form of a name, for matching imports to tracks. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
