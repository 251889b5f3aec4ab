import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

/** Nothing to count here (not a zero): the same dash in every language. */
const NONE = '—';

type Version = CallOutput<'results.history'>[number];
type Shown = Version['changes'][number]['before'];

/** Each published version of a track: who locked it, when, why, and what the public saw change. */
export function VersionHistory({ track }: { track: string }) {
  const { t, pick, language } = useI18n();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const { errors, run } = useCall();
  useEffect(() => {
    run(async () => setVersions(await call('results.history', { track })));
  }, [run, track]);

  const shown = (row: Shown) => {
    if (!row) return t('status.rowAbsent');
    const award = row.award ? ` ${pick(row.award)}` : '';
    const final = row.final ?? NONE;
    return row.rank === null
      ? t('status.rowUnranked', { final, award })
      : t('status.rowShown', { rank: row.rank, final, award });
  };

  if (errors.length > 0) return <ErrorList errors={errors} />;
  if (!versions) return null;
  if (versions.length === 0) return <p className="muted">{t('status.noVersions')}</p>;
  return (
    <ol className="version-history" reversed>
      {versions.map((v) => (
        <li key={v.version}>
          <strong>
            {t('status.versionLine', {
              version: v.version,
              at: new Date(v.lockedAt).toLocaleString(language),
              by: v.lockedBy,
            })}
          </strong>
          {v.reason && <div>{t('status.versionReason', { reason: v.reason })}</div>}
          {v.version === 1 ? (
            <div className="muted">{t('status.firstVersion')}</div>
          ) : v.changes.length === 0 ? (
            <div className="muted">{t('status.noChanges')}</div>
          ) : (
            <>
              <div>{t('status.changesCount', { count: v.changes.length })}</div>
              <ul>
                {v.changes.map((c) => (
                  <li key={c.no}>
                    {t('status.change', {
                      no: c.no,
                      name: c.name,
                      before: shown(c.before),
                      after: shown(c.after),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
