import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { AppError } from '../../../../shared/errors';
import { seatedName } from '../../../../shared/panel/seats';
import { call } from '../../api/client';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';

/** Entries × judges: what is scored, what is still missing, before results are computed. */
export function CompletenessMatrix({ track }: { track: string }) {
  const { t, language } = useI18n();
  const [matrix, setMatrix] = useState<CallOutput<'completeness.get'> | null>(null);
  const [errors, setErrors] = useState<AppError[]>([]);
  useEffect(() => {
    call('completeness.get', { track }).then(setMatrix, (e) => setErrors(toErrors(e)));
  }, [track]);

  if (!matrix) return <ErrorList errors={errors} />;
  const states = Object.values(matrix.cells);
  const done = states.filter((s) => s === 'scored' || s === 'recused').length;
  return (
    <>
      <p className="progress" role="status">
        {t('mergeScreen.progress', { done, total: states.length })}
      </p>
      <table className="grid matrix">
        <thead>
          <tr>
            <th>{t('roster.no')}</th>
            <th>{t('results.name')}</th>
            {matrix.judges.map((judge) => (
              <th key={judge.id}>{seatedName(judge, language)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.entries.map((entry) => (
            <tr key={entry.id} data-entry={entry.no}>
              <td>{entry.no}</td>
              <td>{entry.name}</td>
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
    </>
  );
}
