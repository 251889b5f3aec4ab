import { addSingleAward } from '../../electron/services/marksService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { openStore } from '../../electron/store/database';
import { readEntries } from '../../electron/store/entriesTable';
import { readJudges } from '../../electron/store/judgesTable';
import { seedCourseResults } from './seedResults';

/** The course teams of seedResults, with members to call on stage and certificates to print. */
export const teamMembers: Record<string, string[]> = {
  '001': ['李明', '王芳'],
  '002': ['赵磊', '孙丽', '周强'],
  '003': ['吴静'],
  '004': ['郑浩', '冯雪'],
};

/**
 * seedCourseResults (five judges, four teams, all from 浙江), with team members and titles, the
 * judges' regions (甲 and 乙 of 浙江, the others elsewhere), and a single award for 004:
 * the ceremony gives 二等奖 001, 三等奖 003, 优秀奖 002 and 004, and 最佳创意奖 004.
 */
export function seedStage(dataDir: string): string {
  const path = seedCourseResults(dataDir);
  const db = openStore(path);
  try {
    for (const entry of readEntries(db, 'course')) {
      saveEntry(db, {
        ...entry,
        title: `${entry.name}的科学课`,
        members: (teamMembers[entry.no] ?? []).map((name, i) => ({
          name,
          role: i === 0 ? '主讲' : '',
        })),
      });
    }
    const regions: Record<string, string> = {
      评委甲: '浙江省',
      评委乙: '浙江',
      评委丙: '江苏',
      评委丁: '上海',
      评委戊: '',
    };
    for (const judge of readJudges(db)) {
      saveJudge(db, { ...judge, region: regions[judge.name] ?? '' });
    }
    const entry = readEntries(db, 'course').find((e) => e.no === '004')!;
    addSingleAward(db, { entryId: entry.id, name: '最佳创意奖' });
  } finally {
    db.close();
  }
  return path;
}
