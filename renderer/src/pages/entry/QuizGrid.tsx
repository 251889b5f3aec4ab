import { useCallback, useEffect, useMemo, useState } from 'react';
import { checkMark } from '../../../../shared/domain/markRules';
import type { Entry } from '../../../../shared/domain/people';
import { formatPoints } from '../../../../shared/domain/points';
import type { Criterion, PenaltyRule, Track } from '../../../../shared/domain/rubric';
import { MAX_HUNDREDTHS } from '../../../../shared/domain/text';
import type { AppError } from '../../../../shared/errors';
import { namedMarkError } from '../../../../shared/paper/namedMarkError';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { focusGridCell, GridCell, type GridMove } from './GridCell';

type Column =
  | { key: string; kind: 'objective'; criterion: Criterion }
  | { key: string; kind: 'penalty'; rule: PenaltyRule; scale: Criterion };

const GRID = 'quiz';

/**
 * Quiz points and deductions, a row per entry in running order and a column per quiz question
 * and deduction rule. The rows are read once, in draw order, and never re-sorted: a saved figure
 * updates its own cell and its row's total, nothing else moves under the cursor.
 */
export function QuizGrid({ track }: { track: Track }) {
  const { t, pick } = useI18n();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [values, setValues] = useState<ReadonlyMap<string, number | null>>(new Map());
  const [locked, setLocked] = useState(false);
  const [reason, setReason] = useState('');
  const [cellError, setCellError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<AppError | null>(null);
  const { errors, run } = useCall();

  const columns = useMemo<Column[]>(
    () => [
      ...track.segments
        .filter((s) => s.kind === 'objective')
        .flatMap((s) => s.criteria)
        .map((criterion) => ({
          key: `o:${criterion.code}`,
          kind: 'objective' as const,
          criterion,
        })),
      ...track.penalties.map((rule) => ({
        key: `p:${rule.code}`,
        kind: 'penalty' as const,
        rule,
        // A deduction has no maximum; it comes in whole steps of the rule's points.
        scale: {
          code: rule.code,
          name: rule.name,
          description: { zh: '', en: '' },
          max: MAX_HUNDREDTHS,
          step: rule.points,
        },
      })),
    ],
    [track],
  );

  useEffect(() => {
    run(async () => {
      const [list, view] = await Promise.all([
        call('entries.list', { track: track.code }),
        call('results.get', { track: track.code }),
      ]);
      const next = new Map<string, number | null>();
      for (const result of view.results.entries) {
        for (const line of result.objective.lines) {
          next.set(`${result.entryId}:o:${line.criterion}`, line.value);
        }
      }
      for (const penalty of view.penalties) {
        if (penalty.rule === null) continue;
        const key = `${penalty.entryId}:p:${penalty.rule}`;
        next.set(key, (next.get(key) ?? 0) + penalty.points);
      }
      setValues(next);
      setLocked(view.lock !== null);
      // Running order, as drawn; read once so nothing re-sorts while the scorekeeper types.
      setEntries(list);
    });
  }, [run, track.code]);

  const columnName = useCallback(
    (column: Column) => (column.kind === 'objective' ? column.criterion.name : column.rule.name),
    [],
  );

  const check = useCallback(
    (row: number, col: number, text: string) => {
      const entry = entries![row]!;
      const column = columns[col]!;
      const result = checkMark(text, column.kind === 'objective' ? column.criterion : column.scale);
      return result.ok
        ? result
        : { ok: false as const, error: namedMarkError(entry, result.error) };
    },
    [entries, columns],
  );

  const commit = useCallback(
    async (row: number, col: number, value: number | null) => {
      const entry = entries![row]!;
      const column = columns[col]!;
      const changeReason = locked ? reason : undefined;
      const ok = await run(() =>
        column.kind === 'objective'
          ? call('objective.set', {
              entryId: entry.id,
              criterion: column.criterion.code,
              value,
              reason: changeReason,
            })
          : call('penalties.setForRule', {
              entryId: entry.id,
              rule: column.rule.code,
              points: value,
              reason: changeReason,
            }),
      );
      if (ok) {
        setValues((shown) => new Map(shown).set(`${entry.id}:${column.key}`, value));
        const params = { no: entry.no, name: entry.name, column: columnName(column) };
        setSaved(
          value === null
            ? { code: 'entryGrid.clearedCell', params }
            : { code: 'entryGrid.savedCell', params: { ...params, value: formatPoints(value) } },
        );
      }
      return ok;
    },
    [entries, columns, locked, reason, run, columnName],
  );

  const move = useCallback((row: number, col: number, direction: GridMove) => {
    focusGridCell(GRID, direction === 'down' ? row + 1 : row - 1, col);
  }, []);

  if (columns.length === 0) return <p className="muted">{t('entryGrid.nothingToEnter')}</p>;
  const objectiveCount = columns.filter((c) => c.kind === 'objective').length;
  return (
    <div className="quiz-grid">
      <p className="muted">{t('entryGrid.quizHint')}</p>
      {locked && (
        <div className="locked-reason">
          <p className="warning">{t('entryGrid.statusLocked')}</p>
          <Field label={t('results.changeReason')}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </div>
      )}
      <GridMessages error={cellError} saved={saved} />
      <ErrorList errors={errors} />
      {entries && entries.length === 0 && <p className="muted">{t('entryGrid.noEntries')}</p>}
      {entries && entries.length > 0 && (
        <div className="entry-grid-box">
          <table className="grid list entry-grid" data-grid={GRID}>
            <thead>
              <tr>
                <th className="num">{t('entryGrid.order')}</th>
                <th>{t('entryGrid.no')}</th>
                <th className="who">{t('entryGrid.name')}</th>
                {columns.map((column) => (
                  <th key={column.key} className="num crit">
                    {column.kind === 'objective' ? (
                      <>
                        <span className="crit-name">{pick(column.criterion.name)}</span>
                        <span className="max">
                          {t('doubleEntry.max', { max: formatPoints(column.criterion.max) })}
                        </span>
                      </>
                    ) : (
                      <>
                        <span className="crit-name">
                          {t('entryGrid.deduction', { rule: pick(column.rule.name) })}
                        </span>
                        <span className="max">
                          {t('entryGrid.deductionStep', {
                            points: formatPoints(column.rule.points),
                          })}
                        </span>
                      </>
                    )}
                  </th>
                ))}
                {objectiveCount > 0 && <th className="num">{t('entryGrid.objectiveTotal')}</th>}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, row) => {
                const objective = columns
                  .filter((c) => c.kind === 'objective')
                  .map((c) => values.get(`${entry.id}:${c.key}`) ?? null);
                const given = objective.filter((v): v is number => v !== null);
                return (
                  <tr key={entry.id} data-entry={entry.no}>
                    <td className="num">{entry.drawOrder ?? t('entryGrid.notDrawn')}</td>
                    <td>{entry.no}</td>
                    <td className="who">
                      {entry.name}
                      {entry.status !== 'competing' && (
                        <span className="chip">{t(`status.${entry.status}`)}</span>
                      )}
                    </td>
                    {columns.map((column, col) => (
                      <GridCell
                        key={column.key}
                        grid={GRID}
                        row={row}
                        col={col}
                        saved={values.get(`${entry.id}:${column.key}`) ?? null}
                        label={`${entry.no} ${entry.name} ${pick(columnName(column))}`}
                        check={check}
                        onCommit={commit}
                        onError={setCellError}
                        onMove={move}
                      />
                    ))}
                    {objectiveCount > 0 && (
                      <td className="num total">
                        {given.length === 0 ? '—' : formatPoints(given.reduce((a, b) => a + b, 0))}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** The grid's one message line: the refusal of the cell being typed, or what was last saved. */
export function GridMessages(props: { error: AppError | null; saved: AppError | null }) {
  const { explain } = useI18n();
  if (props.error) {
    return (
      <p className="grid-message refused" role="alert">
        {explain(props.error)}
      </p>
    );
  }
  return (
    <p className="grid-message" role="status">
      {props.saved ? explain(props.saved) : '\u00a0'}
    </p>
  );
}
