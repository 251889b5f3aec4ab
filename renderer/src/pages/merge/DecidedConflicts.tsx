import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { ConflictFacts, useShownMark } from './ConflictSide';

/** Every decided conflict with both sides and the decision: what was kept, by whom, why, when. */
export function DecidedConflicts() {
  const { t, language } = useI18n();
  const [decided, setDecided] = useState<CallOutput<'conflicts.decided'>>([]);
  const { errors, run } = useCall();
  useEffect(() => {
    run(async () => setDecided(await call('conflicts.decided', {})));
  }, [run]);

  const shown = useShownMark();
  if (decided.length === 0 && errors.length === 0) return null;
  return (
    <section className="card decided-conflicts" aria-labelledby="decided-title">
      <h2 id="decided-title">{t('mergeScreen.decidedList')}</h2>
      <ErrorList errors={errors} />
      <ul className="conflict-items">
        {decided.map((c) => (
          <li key={c.id} className="conflict-item" data-conflict={c.id}>
            <ConflictFacts conflict={c} />
            <p className="conflict-decision">
              {t('mergeScreen.decidedLine', {
                value: shown(c.value),
                by: c.decidedBy,
                time: new Date(c.decidedAt).toLocaleString(language),
                reason: c.reason,
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
