import { testKeyPair } from './testKeys';

// The fields of a test score file other than its cells and signature: one judge of one
// competition, against a made-up rubric, signed with `judgeKeys`. `judge` and `submittedAt`
// vary from test to test.
export const judgeKeys = testKeyPair(7);

export function scoreFileHead(
  judge: { id: number; name: string } = { id: 3, name: '陈评委' },
  submittedAt: string | null = null,
) {
  return {
    format: 'scoredesk.score-file' as const,
    version: 2 as const,
    competitionId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    rubricFingerprint: 'a'.repeat(64),
    judge: { ...judge, keyEpoch: 1, publicKey: judgeKeys.publicKey },
    submissions: 1,
    submittedAt,
  };
}
