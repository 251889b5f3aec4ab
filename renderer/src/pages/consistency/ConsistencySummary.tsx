import { useEffect, useState } from 'react';
import type { ConsistencyView } from '../../../../shared/api/stage';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { useCall } from '../../useCall';
import { points } from './figures';

/**
 * One line for the lock screen: how many totals sit far from the other judges' mean, and the way
 * to the full report. Information for the head judge, not a condition of the lock.
 */
export function ConsistencySummary(props: { track: string; inputHash: string }) {
  const { t } = useI18n();
  const [view, setView] = useState<ConsistencyView | null>(null);
  const { errors, run } = useCall();
  const { track, inputHash } = props;
  useEffect(() => {
    // inputHash: the marks changed, so the figures did.
    void inputHash;
    run(async () => setView(await call('consistency.get', { track })));
  }, [track, inputHash, run]);
  if (!view) return <ErrorList errors={errors} />;
  const deviations = view.judges.reduce((n, j) => n + j.deviations.length, 0);
  const params = {
    judges: view.judges.length,
    entries: view.entriesCompared,
    deviations,
    threshold: points(view.threshold),
  };
  return (
    <p className="consistency-summary small" data-deviations={deviations}>
      {deviations > 0 ? t('consistency.summary', params) : t('consistency.summaryNone', params)}{' '}
      <a href={routeHash({ page: 'consistency', track })}>{t('consistency.link')}</a>
    </p>
  );
}
