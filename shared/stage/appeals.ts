// Appeals (申诉) against a released result: heard within the track's window after the release
// (20 minutes by default, as at comparable 科普 events), decided by the head judge with a reason.
//
// Choices the issue left open:
// - The window runs from the entry's latest release (a release again after a change opens it
//   anew: the result appealed against is the one on the screen).
// - An appeal upheld records the result before (as released) and after (as the results are
//   now: the head judge makes the change itself — a decided conflict, a deduction — before
//   deciding); a locked track then publishes a new version whose reason names the appeal.
// - An appeal rejected changes nothing; both are audited.

export const DEFAULT_APPEAL_MINUTES = 20;

export const appealDecisions = ['upheld', 'rejected'] as const;
export type AppealDecision = (typeof appealDecisions)[number];

/** When the window closes (ISO time), from the release's time. */
export function appealClosesAt(releasedAt: string, minutes: number): string {
  return new Date(Date.parse(releasedAt) + minutes * 60_000).toISOString();
}

export function appealOpen(releasedAt: string, minutes: number, now: number): boolean {
  return now <= Date.parse(releasedAt) + minutes * 60_000;
}
