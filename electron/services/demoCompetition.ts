import { seededRandom } from '../../shared/domain/draw';
import type { Track } from '../../shared/domain/rubric';
import { type Db, inTransaction } from '../store/database';
import { criterionId, writeObjective } from '../store/marksTable';
import { writeCell } from '../store/scoreCellsTable';
import { readTracks, trackId } from '../store/tracksTable';
import { readRecusals } from './recusalService';
import { saveEntry, saveJudge } from './rosterService';

// A believable competition to try the app on, and the data of demos and benchmarks: names,
// museums and marks are invented; the same seed always gives the same competition.

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '晓明思远欣怡子涵浩然雨桐俊杰佳琪宇航梓萱嘉怡一诺博文紫涵若曦文轩诗琪晨阳天佑静怡志强海燕建华丽娟春梅国庆秀英';
const REGIONS = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
];
const TOPICS = [
  '会“说话”的傅科摆',
  '光的旅行',
  '声音的秘密',
  '神奇的伯努利',
  '电磁感应',
  '雪花的形状',
  '看不见的力',
  '水的三态',
  '地震来了怎么办',
  '太空中的一杯水',
];

export interface DemoOptions {
  seed: number;
  entriesPerTrack: number;
  judgesPerTrack: number;
  /** Leave this share of cells blank (0..1), to show what missing marks look like. */
  blankShare?: number;
}

/** Fills an open store with judges, entries and marks for every track. */
export function fillDemo(db: Db, options: DemoOptions): void {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const person = () =>
    `${pick([...SURNAMES])}${pick([...GIVEN])}${random() < 0.5 ? pick([...GIVEN]) : ''}`;
  const museum = (region: string) =>
    `${region}${pick(['科技馆', '科学技术馆', '青少年科技中心', '自然博物馆'])}`;
  inTransaction(db, () => {
    for (const track of readTracks(db)) {
      const judges = Array.from({ length: options.judgesPerTrack }, () => {
        const region = pick(REGIONS);
        return saveJudge(db, {
          name: person(),
          organization: museum(region),
          region,
          tracks: [track.code],
        });
      });
      for (let n = 1; n <= options.entriesPerTrack; n++) {
        const region = REGIONS[(n - 1) % REGIONS.length]!;
        const group = track.groups[n % 4 === 0 && track.groups.length > 1 ? 1 : 0]!;
        const size =
          track.entryKind === 'team'
            ? track.teamSize.min +
              Math.floor(random() * (track.teamSize.max - track.teamSize.min + 1))
            : 0;
        const entry = saveEntry(db, {
          track: track.code,
          group: group.code,
          no: String(n).padStart(3, '0'),
          name: track.entryKind === 'team' ? `${region}代表队` : person(),
          organization: museum(region),
          region,
          title: pick(TOPICS),
          status: 'competing',
          members: Array.from({ length: size }, () => ({ name: person(), role: '' })),
        });
        // A judge of the team's own museum stepped aside (recused automatically): no mark.
        const recused = new Set(
          readRecusals(db, track.code)
            .filter((r) => r.entryId === entry.id)
            .map((r) => r.judgeId),
        );
        writeDemoMarks(
          db,
          track,
          entry.id,
          judges.filter((j) => !recused.has(j.id)).map((j) => j.id),
          random,
          options.blankShare ?? 0,
        );
      }
    }
  });
}

function writeDemoMarks(
  db: Db,
  track: Track,
  entryId: number,
  judgeIds: number[],
  random: () => number,
  blankShare: number,
) {
  const tId = trackId(db, track.code)!;
  // Each entry has a level; each judge sees it a little differently (σ about 2–3 points).
  const level = 0.72 + random() * 0.22;
  for (const segment of track.segments) {
    for (const criterion of segment.criteria) {
      const cId = criterionId(db, tId, criterion.code)!;
      if (segment.kind === 'objective') {
        writeObjective(db, entryId, cId, random() < 0.7 ? criterion.max : 0);
        continue;
      }
      for (const judgeId of judgeIds) {
        if (random() < blankShare) continue;
        const share = Math.min(1, Math.max(0, level + (random() - 0.5) * 0.12));
        const value = Math.round((criterion.max * share) / criterion.step) * criterion.step;
        writeCell(db, {
          judgeId,
          entryId,
          criterionId: cId,
          value,
          revision: 1,
          updatedAt: new Date(0).toISOString(),
        });
      }
    }
  }
}
