import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { runDraw } from '../../electron/services/drawService';
import { addPenalty, addSingleAward, setObjective } from '../../electron/services/marksService';
import { applyAutoRecusals, readRecusals } from '../../electron/services/recusalService';
import { lockResults } from '../../electron/services/resultsService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { setOfficials } from '../../electron/services/seatingService';
import { criterionId } from '../../electron/store/marksTable';
import { writeCell } from '../../electron/store/scoreCellsTable';
import { trackId } from '../../electron/store/tracksTable';
import { blockingFlags } from '../../shared/scoring/lockBlockers';

// A provincial round of 展品辅导 at a realistic size for the printouts: 30 contestants (24
// counselors, 6 volunteers) from 10 museums, a panel of 7 judges by seat, two of whom step aside
// from their own museum's entries, a head judge and two supervisors who do not score, every mark
// in, quiz points, one overtime deduction, one single award, and version 1 locked.

export const PRINT_COMPETITION = '2026年浙江省科技馆辅导员大赛';

const museums = [
  '浙江省科技馆',
  '杭州低碳科技馆',
  '宁波科学探索中心',
  '温州科技馆',
  '绍兴科技馆',
  '湖州科技馆',
  '嘉兴科技馆',
  '金华科技馆',
  '台州科技馆',
  '丽水科技馆',
];
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹';
const given = ['晓燕', '志远', '雨桐', '子涵', '思琪', '浩然', '欣怡', '俊杰', '嘉怡', '宇航'];
const titles = [
  '会“跳舞”的磁流体',
  '伯努利原理与飞机升力',
  '看不见的静电',
  '声音的形状',
  '光的折射与海市蜃楼',
  '神奇的莫比乌斯带',
];
export const judgeNames = ['陈静', '林海峰', '王立群', '赵敏', '孙建国', '周婉清', '郑宏'];

export function seedPrintCompetition(dataDir: string): string {
  const path = join(dataDir, `${PRINT_COMPETITION}.scoredesk`);
  const db = createCompetitionStore(
    path,
    {
      name: PRINT_COMPETITION,
      edition: '第九届',
      venue: '浙江省科技馆',
      startDate: '2026-05-12',
      endDate: '2026-05-13',
    },
    'counselor',
  );
  try {
    // Judges 1 and 4 work at museums with contestants: they step aside from those entries.
    const judges = judgeNames.map((name, i) =>
      saveJudge(db, {
        name,
        organization: i === 0 ? museums[0]! : i === 3 ? museums[2]! : `浙江省第${i + 1}中学`,
        region: '浙江',
        tracks: ['exhibit'],
      }),
    );
    const head = saveJudge(db, {
      name: '周裁判长',
      organization: '中国科技馆',
      region: '北京',
      tracks: [],
    });
    const supervisors = ['钱监审', '吴监审'].map((name) =>
      saveJudge(db, { name, organization: '省科协', region: '浙江', tracks: [] }),
    );
    setOfficials(db, 'exhibit', {
      headJudgeId: head.id,
      headJudgeScores: false,
      supervisorIds: supervisors.map((s) => s.id),
    });
    const entries = Array.from({ length: 30 }, (_, i) =>
      saveEntry(db, {
        track: 'exhibit',
        group: i < 24 ? 'counselor' : 'volunteer',
        no: String(i + 1).padStart(3, '0'),
        name: `${surnames[i]}${given[i % given.length]}`,
        organization: museums[i % museums.length]!,
        region: '浙江',
        title: titles[i % titles.length]!,
        status: 'competing',
        members: [],
      }),
    );
    runDraw(db, 'exhibit', 2026);
    applyAutoRecusals(db, { track: 'exhibit' });
    const recused = new Set(readRecusals(db, 'exhibit').map((r) => `${r.judgeId}:${r.entryId}`));
    const tId = trackId(db, 'exhibit')!;
    const maxima: Record<string, number> = {
      content: 35,
      design: 25,
      language: 20,
      presence: 10,
      originality: 8,
    };
    for (const [e, entry] of entries.entries()) {
      for (const [j, judge] of judges.entries()) {
        if (recused.has(`${judge.id}:${entry.id}`)) continue;
        for (const [c, [code, max]] of Object.entries(maxima).entries()) {
          // Between 75 % and 97 % of the maximum, in steps of 0.5, varying by entry and judge.
          const share = 0.75 + (((e * 7 + j * 3 + c * 5) % 12) / 12) * 0.22;
          const value = Math.round((max * share * 100) / 50) * 50;
          writeCell(db, {
            judgeId: judge.id,
            entryId: entry.id,
            criterionId: criterionId(db, tId, code)!,
            value,
            revision: 1,
            updatedAt: new Date().toISOString(),
          });
        }
      }
      for (const q of [1, 2]) {
        setObjective(db, {
          entryId: entry.id,
          criterion: `quiz-${q}`,
          value: (e + q) % 3 === 0 ? 0 : 100,
        });
      }
    }
    addPenalty(db, {
      entryId: entries[4]!.id,
      rule: 'overtime',
      points: 100,
      reason: '超时 20 秒',
    });
    addSingleAward(db, { entryId: entries[2]!.id, name: '最佳表现奖' });
    lockResults(db, 'exhibit', '周裁判长', '', [...blockingFlags]);
  } finally {
    db.close();
  }
  return path;
}
