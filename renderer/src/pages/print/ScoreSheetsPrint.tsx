import { useCallback, useEffect, useState } from 'react';
import type { PanelView } from '../../../../shared/api/seating';
import type { Entry, Recusal } from '../../../../shared/domain/people';
import { formatPoints } from '../../../../shared/domain/points';
import type { Track } from '../../../../shared/domain/rubric';
import { type ScoreSheet, scoreSheets, sheetCriteria } from '../../../../shared/print/scoreSheets';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { PrintTitle, usePrintMargins } from './PrintTitle';

/**
 * Every judge's paper score sheet of one track, each on its own pages: seat, the entries in
 * performance order (without those the judge steps aside from), the criteria with what earns
 * their points and their maxima, deductions and comments, room to write, the signature line.
 */
export function ScoreSheetsPrint({ track }: { track: Track }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const [panel, setPanel] = useState<PanelView | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [recusals, setRecusals] = useState<Recusal[]>([]);
  const { errors, run } = useCall();
  const load = useCallback(
    () =>
      run(async () => {
        setPanel(await call('panel.get', { track: track.code }));
        setEntries(await call('entries.list', { track: track.code }));
        // As when a judge file or workbook sheet is made, the automatic recusals come first (a
        // read-only store cannot take them, and prints what it has).
        setRecusals(
          await call(current!.readOnly ? 'recusals.list' : 'recusals.suggest', {
            track: track.code,
          }),
        );
      }),
    [run, track.code, current],
  );
  useEffect(() => {
    load();
  }, [load]);
  const sheets = panel ? scoreSheets(panel.members, entries, recusals) : [];
  usePrintMargins(
    pick(track.name),
    null,
    true,
    sheets.map((sheet, i) => ({
      name: `judge-sheet-${i + 1}`,
      selector: `.score-sheet[data-sheet="${i + 1}"]`,
      label: sheetOwner(sheet, t),
    })),
  );
  return (
    <>
      <ErrorList errors={errors} />
      {panel && sheets.length === 0 && <p className="print-warning">{t('print.noJudges')}</p>}
      {sheets.length > 0 && (
        <p className="muted no-print">{t('print.allSheets', { count: sheets.length })}</p>
      )}
      {sheets.map((sheet, i) => (
        <SheetPages key={sheet.judge.judgeId} track={track} sheet={sheet} index={i + 1} />
      ))}
    </>
  );
}

/** 1号评委 陈静: who the sheet is for, on its heading and in the margin of each of its pages. */
function sheetOwner(sheet: ScoreSheet, t: ReturnType<typeof useI18n>['t']): string {
  return sheet.judge.seat === null
    ? sheet.judge.name
    : `${t('seat.label', { seat: sheet.judge.seat })} ${sheet.judge.name}`;
}

function SheetPages(props: { track: Track; sheet: ScoreSheet; index: number }) {
  const { track, sheet } = props;
  const { t, pick } = useI18n();
  const criteria = sheetCriteria(track);
  const several = new Set(criteria.map((c) => c.segment.zh)).size > 1;
  const seat =
    sheet.judge.seat === null ? sheet.judge.name : t('seat.label', { seat: sheet.judge.seat });
  return (
    <article
      className="printout score-sheet"
      data-seat={sheet.judge.seat ?? ''}
      data-sheet={props.index}
    >
      <PrintTitle heading={t('print.sheetHeading', { seat })}>
        <p className="print-subtitle">
          {t('print.sheetTrack', {
            track: pick(track.name),
            judge: sheet.judge.name,
            rows: t('print.sheetRows', { count: sheet.rows.length }),
          })}
        </p>
      </PrintTitle>
      <table className="criteria-guide-print">
        <caption>{t('print.criteriaGuide')}</caption>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.code}>
              <th>
                {several && `${pick(criterion.segment)} · `}
                {t('print.criterionMax', {
                  name: pick(criterion.name),
                  max: formatPoints(criterion.max),
                })}
              </th>
              <td>{pick(criterion.description)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table sheet-table">
        <thead>
          <tr>
            <th className="col-order">{t('print.order')}</th>
            <th className="col-no">{t('results.no')}</th>
            <th className="col-entry">{t('results.name')}</th>
            {criteria.map((criterion) => (
              <th key={criterion.code} className="col-mark">
                {pick(criterion.name)}
                <span className="max">
                  {t('print.maxShort', { max: formatPoints(criterion.max) })}
                </span>
              </th>
            ))}
            <th className="col-mark">{t('print.deductions')}</th>
            <th className="col-mark">{t('print.total')}</th>
            <th className="col-comments">{t('print.comments')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.no}>
              <td className="col-order">{row.order ?? ''}</td>
              <td className="col-no">{row.no}</td>
              <td className="col-entry">
                <span className="entry-name">{row.name}</span>
                {row.status !== 'competing' && (
                  <span className="entry-status">{t(`status.${row.status}`)}</span>
                )}
                {row.title && <span className="members">{row.title}</span>}
              </td>
              {criteria.map((criterion) => (
                <td key={criterion.code} className="col-mark" />
              ))}
              <td className="col-mark" />
              <td className="col-mark" />
              <td className="col-comments" />
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="sign-line">
        <span>{t('print.judgeSign')}</span>
        <span>{t('print.date')}</span>
      </footer>
    </article>
  );
}
