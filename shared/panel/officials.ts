// The head judge (裁判长) and the supervisors (监审) of a track. The head judge may also score
// (DOMAIN.md: one judge per track may be its head judge; panels elsewhere keep the head judge
// off the marks) — the organizer chooses. A supervisor watches the process and signs the posted
// results, so a supervisor who scored the same track would be checking their own marks.

export interface OfficialsChoice {
  headJudgeId: number | null;
  /** Whether the head judge also sits on the panel and scores (takes a seat). */
  headJudgeScores: boolean;
  supervisorIds: readonly number[];
}

export type OfficialsProblem =
  | { code: 'officials.headIsSupervisor'; judgeId: number }
  | { code: 'officials.supervisorScores'; judgeId: number }
  | { code: 'officials.duplicateSupervisor'; judgeId: number };

/** `scoring`: who will score the track once the choice is applied, the head judge included. */
export function officialsProblems(
  choice: OfficialsChoice,
  scoring: ReadonlySet<number>,
): OfficialsProblem[] {
  const problems: OfficialsProblem[] = [];
  const seen = new Set<number>();
  for (const judgeId of choice.supervisorIds) {
    if (seen.has(judgeId)) {
      problems.push({ code: 'officials.duplicateSupervisor', judgeId });
      continue;
    }
    seen.add(judgeId);
    if (judgeId === choice.headJudgeId)
      problems.push({ code: 'officials.headIsSupervisor', judgeId });
    else if (scoring.has(judgeId)) problems.push({ code: 'officials.supervisorScores', judgeId });
  }
  return problems;
}

/** The panel's tracks a judge sits on after the head judge's choice is applied. */
export function tracksAfterChoice(
  tracks: readonly string[],
  track: string,
  scores: boolean,
): string[] {
  const without = tracks.filter((code) => code !== track);
  return scores ? [...without, track] : without;
}
