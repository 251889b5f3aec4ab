import { join } from 'node:path';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { saveEntry, saveJudge } from '../../electron/services/rosterService';
import { setDrawOrder } from '../../electron/store/drawsTable';

/** Exhibit entries drawn out of number order; a drama panel of three with its paper sheets. */
export const exhibitDraw = ['003', '001', '005', '002', '004'];
const exhibitNames: Record<string, string> = {
  '001': '李晓梅',
  '002': '王建国',
  '003': '陈思远',
  '004': '赵雨桐',
  '005': '刘子涵',
};

export function seedEntryGrids(dataDir: string): string {
  const path = join(dataDir, '记分录入测试.scoredesk');
  const db = createCompetitionStore(
    path,
    { name: '记分录入测试', edition: '', venue: '', startDate: '', endDate: '' },
    'counselor',
  );
  try {
    for (const no of Object.keys(exhibitNames)) {
      const entry = saveEntry(db, {
        track: 'exhibit',
        group: 'counselor',
        no,
        name: exhibitNames[no]!,
        organization: `${no}号科技馆`,
        region: '浙江',
        title: '',
        status: 'competing',
        members: [],
      });
      setDrawOrder(db, entry.id, exhibitDraw.indexOf(no) + 1);
    }
    for (const [i, [no, name]] of [
      ['025', '郭志远'],
      ['026', '光影剧社'],
      ['027', '星空小队'],
    ].entries()) {
      const entry = saveEntry(db, {
        track: 'drama',
        group: 'main',
        no: no!,
        name: name!,
        organization: `剧社${i + 1}`,
        region: '浙江',
        title: '',
        status: 'competing',
        members: [],
      });
      setDrawOrder(db, entry.id, i + 1);
    }
    for (const name of ['周敏', '吴刚', '郑红']) {
      saveJudge(db, { name, organization: '评审组', region: '', tracks: ['drama'] });
    }
  } finally {
    db.close();
  }
  return path;
}
