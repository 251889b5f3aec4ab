import { keyFingerprint } from '../../electron/services/signing';
import type { PostedRow, UnsignedResultsFile } from '../../shared/formats/resultsFile';
import { testKeyPair } from './testKeys';

/** The competition's key pair of the samples (seed 0x21), and another one (0x42). */
export const organizerKeys = testKeyPair(0x21);
export const otherKeys = testKeyPair(0x42);

const row = (rank: number, no: string, name: string, final: string, tier: number): PostedRow => ({
  rank,
  no,
  name,
  organization: `${no}号科技馆`,
  region: '浙江',
  panel: final,
  objective: null,
  penalties: null,
  final,
  award: {
    code: ['first', 'second', 'third'][tier - 1]!,
    name: {
      zh: ['一等奖', '二等奖', '三等奖'][tier - 1]!,
      en: ['First prize', 'Second prize', 'Third prize'][tier - 1]!,
    },
  },
  singleAwards: [],
});

/** A posted list of three rows, as a locked version of the course track gives it. */
export function sampleResults(keys = organizerKeys): UnsignedResultsFile {
  return {
    format: 'scoredesk.results-file',
    version: 2,
    competition: {
      id: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      name: '2026年全国科技馆辅导员大赛',
      edition: '第九届',
      venue: '测试科技馆',
      startDate: '2026-10-20',
      endDate: '2026-10-22',
      publicKey: keys.publicKey,
      fingerprint: keyFingerprint(keys.publicKey),
    },
    track: { code: 'course', name: { zh: '科学课程（活动）', en: 'Science course' }, decimals: 2 },
    publication: {
      version: 1,
      lockedAt: '2026-10-22T08:00:00.000Z',
      lockedBy: '周裁判长',
      reason: '',
      inputHash: 'a'.repeat(64),
    },
    groups: [
      {
        code: 'main',
        name: { zh: '科学课程', en: 'Course' },
        rows: [
          row(1, '001', '星火课程组', '81.00', 1),
          row(2, '003', '小小科学家', '81.00', 2),
          row(3, '002', '探索者小队', '80.67', 3),
        ],
      },
    ],
  };
}
