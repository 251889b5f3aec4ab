import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { completenessCounts } from '../../../../shared/merge/completenessCounts';
import { seatedName } from '../../../../shared/panel/seats';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { marksOf, useLiveReload } from '../../live/useLiveEvents';
import { useCall } from '../../useCall';

/**
 * Entries × judges: submitted, saved but not submitted, some blank, none, recused — before results
 * are computed. A recused cell is not the judge's to fill: it counts neither as done nor as due.
 */
export function CompletenessMatrix({ track }: { track: string }) {
  const { t, language } = useI18n();
  const [matrix, setMatrix] = useState<CallOutput<'completeness.get'> | null>(null);
  const { errors, run } = useCall();
  const load = useCallback(
    () => run(async () => setMatrix(await call('completeness.get', { track }))),
    [track, run],
  );
  useEffect(() => {
    load();
  }, [load]);
  // Marks pushed from the judges' devices fill the matrix as they arrive.
  useLiveReload(load, marksOf(track));

  if (!matrix) return <ErrorList errors={errors} />;
  const counts = completenessCounts(Object.values(matrix.cells));
  return (
    <>
      <p className="progress" role="status">
        {t('mergeScreen.progress', counts)}
      </p>
      <p className="small muted">{t('mergeScreen.legend')}</p>
      <div className="matrix-scroll">
        <table className="grid matrix">
          <thead>
            <tr>
              <th className="matrix-no">{t('roster.no')}</th>
              <th className="matrix-name">{t('results.name')}</th>
              {matrix.judges.map((judge) => (
                <th key={judge.id} className="matrix-judge">
                  {seatedName(judge, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.entries.map((entry) => (
              <tr key={entry.id} data-entry={entry.no}>
                <td className="matrix-no">{entry.no}</td>
                <td className="matrix-name">{entry.name}</td>
                {matrix.judges.map((judge) => {
                  const state = matrix.cells[`${entry.id}:${judge.id}`] ?? 'missing';
                  return (
                    <td key={judge.id} className={`cell cell-${state}`} data-state={state}>
                      {t(`cell.${state}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
