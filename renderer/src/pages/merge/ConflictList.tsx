import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { formatPoints } from '../../../../shared/domain/points';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';

/** A true conflict is never guessed: the organizer keeps one of the two values. */
export function ConflictList({ onResolved }: { onResolved: () => void }) {
  const { t } = useI18n();
  const [conflicts, setConflicts] = useState<CallOutput<'conflicts.list'>>([]);
  const [errors, setErrors] = useState<AppError[]>([]);
  useEffect(() => {
    call('conflicts.list', {}).then(setConflicts, (e) => setErrors(toErrors(e)));
  }, []);

  const keep = async (id: number, value: number | null) => {
    try {
      await call('conflicts.resolve', { id, value });
      onResolved();
    } catch (error) {
      setErrors(toErrors(error));
    }
  };

  const shown = (value: number | null) =>
    value === null ? t('mergeScreen.blank') : formatPoints(value);
  if (conflicts.length === 0 && errors.length === 0) return null;
  return (
    <section className="card conflicts">
      <h2>{t('mergeScreen.conflictList')}</h2>
      <ErrorList errors={errors} />
      <ul>
        {conflicts.map((c) => (
          <li key={c.id}>
            {t('mergeScreen.conflictLine', {
              judge: c.judge,
              entry: c.entryNo,
              criterion: c.criterion,
              revision: c.revision,
              stored: shown(c.storedValue),
              incoming: shown(c.incomingValue),
              source: c.source,
            })}
            <button type="button" className="quiet" onClick={() => keep(c.id, c.storedValue)}>
              {t('mergeScreen.keep', { value: shown(c.storedValue) })}
            </button>
            <button type="button" className="quiet" onClick={() => keep(c.id, c.incomingValue)}>
              {t('mergeScreen.keep', { value: shown(c.incomingValue) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
