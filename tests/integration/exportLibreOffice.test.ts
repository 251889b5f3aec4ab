import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createCompetitionStore } from '../../electron/services/competitionService';
import { fillDemo } from '../../electron/services/demoCompetition';
import { writeWorkbookFile } from '../../electron/services/exportService';
import { trackResults } from '../../electron/services/resultsService';
import { saveEntry } from '../../electron/services/rosterService';
import { awardsProvisional } from '../../shared/scoring';
import { sampleInfo, tempDirsForEachTest } from '../helpers/tempDir';

// A second, independent reader of the workbook: LibreOffice Calc opens it, re-saves it and
// converts it to CSV. That it converts at all means the file needs no repair; the CSV shows
// what a person sees. CI installs it (Debian: libreoffice-calc-nogui).
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const run = promisify(execFile);
const tempDir = tempDirsForEachTest();

/** Each test runs LibreOffice on its own profile, so a user's running LibreOffice is no matter. */
function libreOffice(dir: string) {
  const profile = join(dir, 'lo-profile');
  return {
    profile,
    run: (...args: string[]) =>
      run(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', ...args],
        { timeout: 120_000 },
      ),
  };
}

/**
 * RFC 4180 enough for LibreOffice's own CSV: quoted fields, doubled quotes, and line breaks
 * inside a quoted field (a header printed on two lines), read as a space.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else if ((ch === '\n' || ch === '\r') && !quoted) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      rows.push([...fields, field]);
      fields = [];
      field = '';
    } else field += ch === '\n' ? ' ' : ch;
  }
  if (field !== '' || fields.length > 0) rows.push([...fields, field]);
  return rows.filter((row) => row.join('') !== '');
}

// LibreOffice Basic: for every sheet, how its view is split (2 = frozen) and at which row.
const CHECK_PANES = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Panes(path As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, args())
  out = ""
  settings = doc.getViewData().getByIndex(0)
  For i = LBound(settings) To UBound(settings)
    If settings(i).Name = "Tables" Then
      tables = settings(i).Value
      names = tables.getElementNames()
      For j = LBound(names) To UBound(names)
        mode = "" : position = ""
        props = tables.getByName(names(j))
        For k = LBound(props) To UBound(props)
          If props(k).Name = "VerticalSplitMode" Then mode = props(k).Value
          If props(k).Name = "VerticalSplitPositionTwips" Then position = props(k).Value
        Next k
        out = out &amp; names(j) &amp; "|" &amp; mode &amp; "|" &amp; position &amp; Chr(10)
      Next j
    End If
  Next i
  f = FreeFile
  Open path &amp; ".panes.txt" For Output As #f
  Print #f, out
  Close #f
  doc.close(True)
End Sub
</script:module>
`;

describe('the results workbook in LibreOffice Calc', () => {
  it.skipIf(!hasSoffice)(
    'opens, re-saves and converts with the same finals, formula-looking text kept as text',
    async () => {
      const dir = tempDir();
      const db = createCompetitionStore(join(dir, 'c.scoredesk'), sampleInfo, 'counselor');
      fillDemo(db, { seed: 3, entriesPerTrack: 10, judgesPerTrack: 7 });
      saveEntry(db, {
        track: 'exhibit',
        group: 'counselor',
        no: 'X1',
        name: '=1+2',
        organization: '@SUM(A1)',
        region: '',
        title: '',
        status: 'competing',
        members: [],
      });
      const view = trackResults(db, 'exhibit');
      const file = join(dir, 'results.xlsx');
      await writeWorkbookFile(db, file, { track: 'exhibit', language: 'zh-CN' });
      db.close();

      const lo = libreOffice(dir);
      await lo.run('--convert-to', 'xlsx', '--outdir', join(dir, 'resaved'), file);
      const resaved = join(dir, 'resaved', 'results.xlsx');
      // 44,34,76: comma, double quote, UTF-8. Only the first sheet (成绩) is converted.
      const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1';
      await lo.run('--convert-to', csvFilter, '--outdir', join(dir, 'csv'), resaved);
      const rows = parseCsv(readFileSync(join(dir, 'csv', 'results.csv'), 'utf8'));

      const header = rows.find((row) => row[0] === '组别')!;
      const column = (name: string) => header.indexOf(name);
      const byNo = new Map(rows.map((row) => [row[column('编号')], row]));
      for (const entry of view.results.entries) {
        const row = byNo.get(entry.no)!;
        expect(row, entry.no).toBeDefined();
        expect(row[column('最后得分')]).toBe(entry.final ?? '');
        // Marks still to come in this fixture: its awards are exported as provisional (暂定).
        const award = entry.award?.name.zh;
        const provisional = awardsProvisional(view.blockers, view.lock);
        expect(row[column('奖项')]).toBe(award ? `${award}${provisional ? '（暂定）' : ''}` : '');
        view.judges.forEach((judge, i) => {
          const line = entry.judges.find((l) => l.judgeId === judge.id)!;
          // A judge's total shows the track's two places, as the 公示 and the big screen do.
          const shown = line.total === null ? '' : (line.total / 100).toFixed(2);
          const dropped = line.status === 'droppedHigh' || line.status === 'droppedLow';
          expect(row[column('作品') + 1 + i]).toBe(dropped ? `(${shown})` : shown);
        });
      }
      expect(byNo.get('X1')?.[column('姓名/团队')]).toBe('=1+2');
      expect(byNo.get('X1')?.[column('单位')]).toBe('@SUM(A1)');

      const book = XLSX.read(readFileSync(resaved), { type: 'buffer', cellFormula: true });
      const cells = Object.values(book.Sheets).flatMap((ws) =>
        Object.entries(ws)
          .filter(([key]) => !key.startsWith('!'))
          .map(([, cell]) => cell as XLSX.CellObject),
      );
      expect(cells.filter((cell) => cell.f !== undefined)).toEqual([]);
      expect(cells.find((cell) => cell.v === '=1+2')?.t).toBe('s');
    },
    240_000,
  );

  it.skipIf(!hasSoffice)(
    'shows every sheet with its title and header rows frozen',
    async () => {
      const dir = tempDir();
      const db = createCompetitionStore(join(dir, 'c.scoredesk'), sampleInfo, 'counselor');
      fillDemo(db, { seed: 4, entriesPerTrack: 6, judgesPerTrack: 5 });
      const file = join(dir, 'all.xlsx');
      await writeWorkbookFile(db, file, { language: 'zh-CN' });
      db.close();

      const lo = libreOffice(dir);
      // The first start creates the profile; the check runs as one of its own Basic macros.
      await lo.run('--terminate_after_init');
      const library = join(lo.profile, 'user', 'basic', 'Standard');
      mkdirSync(library, { recursive: true });
      writeFileSync(join(library, 'Module1.xba'), CHECK_PANES);
      await lo.run(`macro:///Standard.Module1.Panes("${file}")`);

      const panes = readFileSync(`${file}.panes.txt`, 'utf8')
        .split('\n')
        .filter((line) => line.includes('|'))
        .map((line) => line.split('|'));
      const book = XLSX.read(readFileSync(file), { type: 'buffer' });
      expect(panes.map(([name]) => name).sort()).toEqual([...book.SheetNames].sort());
      // sampleInfo has an edition, venue and dates: four title lines, then the header.
      for (const [name, mode, rows] of panes) expect([name, mode, rows]).toEqual([name, '2', '5']);
    },
    240_000,
  );
});
