import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { criterionId } from '../../electron/store/marksTable';
import { writeCell } from '../../electron/store/scoreCellsTable';
import { trackId } from '../../electron/store/tracksTable';

/**
 * A science-course track scored by five judges, with totals chosen so every rule shows:
 * trimming, a tie broken by the untrimmed mean, rounding half-up, and the award shares.
 *   001: 80 82 84 78 81 → 81.00, untrimmed 81.0 ─┐ tie on 81.00, 001 first
 *   003: 75 84 80 81 82 → 81.00, untrimmed 80.4 ─┘
 *   002: 83 79 81 81 80 → 80.666… → 80.67
 *   004: 70 72 71 73 69 → 71.00
 */
export const judgeTotals: Record<string, number[]> = {
  '001': [80, 82, 84, 78, 81],
  '002': [83, 79, 81, 81, 80],
  '003': [75, 84, 80, 81, 82],
  '004': [70, 72, 71, 73, 69],
};

const names: Record<string, string> = {
  '001': '星火课程组',
  '002': '探索者小队',
  '003': '小小科学家',
  '004': '追光团队',
};

export function seedCourseResults(dataDir: string): string {
  const path = join(dataDir, '课程赛项成绩测试.scoredesk');
  const db = createCompetitionStore(
    path,
    { name: '课程赛项成绩测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    const judges = ['甲', '乙', '丙', '丁', '戊'].map((n) =>
      saveJudge(db, { name: `评委${n}`, organization: '', region: '', tracks: ['course'] }),
    );
    const tId = trackId(db, 'course')!;
    const base = { objectives: 1200, content: 2500, process: 2000, assessment: 1200 };
    for (const [no, totals] of Object.entries(judgeTotals)) {
      const entry = saveEntry(db, {
        track: 'course',
        group: 'main',
        no,
        name: names[no]!,
        organization: `${no}号科技馆`,
        region: '浙江',
        title: '',
        status: 'competing',
        members: [],
      });
      for (const [j, total] of totals.entries()) {
        const values = { ...base, answers: total * 100 - 6900 };
        for (const [code, value] of Object.entries(values)) {
          writeCell(db, {
            judgeId: judges[j]!.id,
            entryId: entry.id,
            criterionId: criterionId(db, tId, code)!,
            value,
            revision: 1,
            updatedAt: new Date().toISOString(),
          });
        }
      }
    }
  } finally {
    db.close();
  }
  return path;
}

/** The competition seedCourseResults made, opened from the home screen as the organizer does. */
export async function openCourseCompetition(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('button', { name: /课程赛项成绩测试/ })
    .first()
    .click();
  await page.locator('.sidebar').waitFor();
}

/** A link of the course track in the sidebar (评分细则, 成绩与奖项, …). */
export const courseLink = (page: Page, name: string) =>
  page.locator('.sidebar .nav-track', { hasText: '科学课程（活动）' }).getByRole('link', { name });
