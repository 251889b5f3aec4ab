import { useCallback, useMemo, useState } from 'react';
import type { DoubleEntryView } from '../../../../shared/api/entryGrids';
import { checkMark } from '../../../../shared/domain/markRules';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion, Track } from '../../../../shared/domain/rubric';
import type { AppError } from '../../../../shared/errors';
import type { PassNumber } from '../../../../shared/paper/doubleEntry';
import { namedMarkError } from '../../../../shared/paper/namedMarkError';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { focusGridCell, GridCell, type GridMove } from './GridCell';
import { GridMessages } from './QuizGrid';

const GRID = 'paper';

/**
 * One pass of a judge's paper sheet, laid out as the paper: rows in running order, a column per
 * criterion with its maximum. The typist sees only their own figures (the other pass's would be
 * copied, not read); a cell turns green once both agree and it counts, red when they differ.
 */
export function PaperGrid(props: {
  track: Track;
  view: DoubleEntryView;
  pass: PassNumber;
  typist: string;
  onView: (view: DoubleEntryView) => void;
}) {
  const { t, pick } = useI18n();
  const { view, pass, typist } = props;
  const [cellError, setCellError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<AppError | null>(null);
  const { errors, run } = useCall();
  const criteria = useMemo(() => {
    const all = props.track.segments.flatMap((s) => s.criteria);
    return view.criteria
      .map((code) => all.find((c) => c.code === code))
      .filter((c): c is Criterion => c !== undefined);
  }, [props.track, view.criteria]);
  const cells = new Map(view.cells.map((c) => [`${c.entryId}:${c.criterion}`, c]));
  const mine = view.passes.find((p) => p.pass === pass);

  const check = useCallback(
    (row: number, col: number, text: string) => {
      const result = checkMark(text, criteria[col]!);
      return result.ok
        ? result
        : { ok: false as const, error: namedMarkError(view.entries[row]!, result.error) };
    },
    [criteria, view.entries],
  );

  const { onView } = props;
  const commit = useCallback(
    async (row: number, col: number, value: number | null) => {
      const entry = view.entries[row]!;
      const criterion = criteria[col]!;
      return run(async () => {
        onView(
          await call('doubleEntry.type', {
            track: view.track,
            judgeId: view.judge.id,
            pass,
            typist,
            entryId: entry.id,
            criterion: criterion.code,
            value,
          }),
        );
        const params = { no: entry.no, name: entry.name, column: criterion.name };
        setSaved(
          value === null
            ? { code: 'entryGrid.clearedCell', params }
            : { code: 'entryGrid.savedCell', params: { ...params, value: formatPoints(value) } },
        );
      });
    },
    [view.entries, view.track, view.judge.id, criteria, pass, typist, run, onView],
  );

  const move = useCallback((row: number, col: number, direction: GridMove) => {
    focusGridCell(GRID, direction === 'down' ? row + 1 : row - 1, col);
  }, []);

  const finish = () =>
    run(async () =>
      onView(
        await call('doubleEntry.finish', {
          track: view.track,
          judgeId: view.judge.id,
          pass,
          typist,
        }),
      ),
    );

  return (
    <div className="paper-grid">
      <GridMessages error={cellError} saved={saved} />
      <ErrorList errors={errors} />
      <div className="entry-grid-box">
        <table className="grid list entry-grid" data-grid={GRID}>
          <thead>
            <tr>
              <th className="num">{t('entryGrid.order')}</th>
              <th>{t('entryGrid.no')}</th>
              <th className="who">{t('entryGrid.name')}</th>
              {criteria.map((c) => (
                <th key={c.code} className="num crit" title={pick(c.description)}>
                  <span className="crit-name">{pick(c.name)}</span>
                  <span className="max">{t('doubleEntry.max', { max: formatPoints(c.max) })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.entries.map((entry, row) => (
              <tr key={entry.id} data-entry={entry.no}>
                <td className="num">{entry.drawOrder ?? t('entryGrid.notDrawn')}</td>
                <td>{entry.no}</td>
                <td className="who">{entry.name}</td>
                {criteria.map((criterion, col) => {
                  const cell = cells.get(`${entry.id}:${criterion.code}`);
                  const own = pass === 1 ? cell?.first : cell?.second;
                  const state = cell?.state ?? { kind: 'waiting' as const };
                  const counted =
                    state.kind === 'agreed' || state.kind === 'resolved' ? state.value : null;
                  // Settled on paper but not what the judge's mark is now: the judge's signed
                  // mark stands, and the difference waits as a conflict for the head judge.
                  const shown =
                    state.kind === 'agreed' && counted === null
                      ? 'waiting'
                      : counted !== null && cell?.stored !== counted
                        ? 'held'
                        : state.kind;
                  return (
                    <GridCell
                      key={criterion.code}
                      grid={GRID}
                      row={row}
                      col={col}
                      saved={own?.value ?? null}
                      label={`${entry.no} ${entry.name} ${pick(criterion.name)}`}
                      className={shown === 'waiting' ? undefined : `state-${shown}`}
                      title={
                        shown === 'agreed'
                          ? t('doubleEntry.cellAgreed')
                          : shown === 'mismatch'
                            ? t('doubleEntry.cellMismatch')
                            : shown === 'resolved'
                              ? t('doubleEntry.cellResolved')
                              : shown === 'held'
                                ? t('doubleEntry.cellHeld')
                                : undefined
                      }
                      check={check}
                      onCommit={commit}
                      onError={setCellError}
                      onMove={move}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions finish-pass">
        {mine?.finishedAt ? (
          <p className="muted">{t('doubleEntry.finishedNote', { pass })}</p>
        ) : (
          <>
            <button type="button" onClick={finish}>
              {t('doubleEntry.finish')}
            </button>
            <span className="muted small">{t('doubleEntry.finishHint')}</span>
          </>
        )}
      </div>
    </div>
  );
}
