import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { saveEntry } from '../../electron/services/rosterService';
import { setDrawOrder } from '../../electron/store/drawsTable';
import { readEntries } from '../../electron/store/entriesTable';
import { runningOrder } from '../../shared/print/runningOrder';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// One order of entries wherever a list of them is read or printed: the judge's sheet, the entry
// grids, the judge file and the Excel paper sheets read the store's order; the running order on
// the wall and the printed score sheets sort their own. A scorekeeper typing a paper sheet row by
// row, or a judge following the host, must meet the same contestant on the same line.

const tempDir = tempDirsForEachTest();

describe('the order of entries', () => {
  it('is the printed running order in the store too, before and after a partial draw', () => {
    const db = createCompetitionStore(join(tempDir(), 'order.scoredesk'), sampleInfo, 'counselor');
    try {
      for (const no of ['A-10', 'A-9', 'A-2', 'B-1']) {
        saveEntry(db, {
          track: 'exhibit',
          group: 'counselor',
          no,
          name: `选手${no}`,
          organization: '杭州科技馆',
          region: '浙江',
          title: '',
          status: 'competing',
          members: [],
        });
      }
      const read = () => readEntries(db, 'exhibit');
      const printed = () => runningOrder(read(), null).map((row) => row.no);
      expect(read().map((e) => e.no)).toEqual(['A-2', 'A-9', 'A-10', 'B-1']);
      expect(read().map((e) => e.no)).toEqual(printed());
      // Two drawn, two still to draw (a late entry): the drawn ones first, on every list.
      const id = (no: string) => read().find((e) => e.no === no)!.id;
      setDrawOrder(db, id('A-10'), 2);
      setDrawOrder(db, id('B-1'), 1);
      expect(read().map((e) => e.no)).toEqual(['B-1', 'A-10', 'A-2', 'A-9']);
      expect(read().map((e) => e.no)).toEqual(printed());
      expect(
        readEntries(db)
          .filter((e) => e.track === 'exhibit')
          .map((e) => e.no),
      ).toEqual(printed());
    } finally {
      db.close();
    }
  });
});
