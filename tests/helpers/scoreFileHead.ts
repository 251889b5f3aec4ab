// The fields of a test score file other than its cells and signature: one judge of one
// competition, against a made-up rubric. `judge` and `submittedAt` vary from test to test.
export function scoreFileHead(
  judge: { id: number; name: string } = { id: 3, name: '陈评委' },
  submittedAt: string | null = null,
) {
  return {
    format: 'scoredesk.score-file' as const,
    version: 1 as const,
    competitionId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    rubricFingerprint: 'a'.repeat(64),
    judge,
    submissions: 1,
    submittedAt,
  };
}
