import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useLiveReload } from '../../live/useLiveEvents';
import { useCall } from '../../useCall';
import { ConflictFacts } from './ConflictSide';
import { DecideConflictDialog } from './DecideConflictDialog';
import { DecidedConflicts } from './DecidedConflicts';

export type Conflict = CallOutput<'conflicts.list'>[number];

/**
 * A true conflict is never guessed: both sides are shown (which file, when typed), and a person
 * keeps one of the two values, saying who they are and why; the decision stays listed.
 */
export function ConflictList({ onResolved }: { onResolved: () => void }) {
  const { t } = useI18n();
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [deciding, setDeciding] = useState<Conflict | null>(null);
  const { errors, run } = useCall();
  const reload = useCallback(
    () => run(async () => setConflicts(await call('conflicts.list', {}))),
    [run],
  );
  useEffect(() => {
    reload();
  }, [reload]);
  // A device's push can hold a conflict for the head judge: it shows up without a reload.
  useLiveReload(reload, (event) => event.type === 'marks' && event.conflicts > 0);

  return (
    <>
      {(conflicts.length > 0 || errors.length > 0) && (
        <section className="card conflicts" aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">{t('mergeScreen.conflictList')}</h2>
          <ErrorList errors={errors} />
          <ul className="conflict-items">
            {conflicts.map((c) => (
              <li key={c.id} className="conflict-item" data-conflict={c.id}>
                <ConflictFacts conflict={c} />
                <p className="small muted">{t('mergeScreen.sideDevice')}</p>
                <button type="button" className="primary" onClick={() => setDeciding(c)}>
                  {t('mergeScreen.decide')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DecideConflictDialog
        conflict={deciding}
        onCancel={() => setDeciding(null)}
        onDecided={async () => {
          setDeciding(null);
          await reload();
          onResolved();
        }}
      />
      <DecidedConflicts />
    </>
  );
}
