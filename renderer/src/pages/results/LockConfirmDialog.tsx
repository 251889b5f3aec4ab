import { type ReactNode, useEffect, useState } from 'react';
import type { TrackResultsView } from '../../../../shared/api/results';
import type { Track } from '../../../../shared/domain/rubric';
import type { BlockingFlag } from '../../../../shared/scoring';
import { AwardCounts } from '../../components/AwardCounts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import './LockConfirmDialog.css';

/**
 * Before a lock: the award counts each group gets by the rubric's rule, then every kind of problem the engine flags, each with its entries and a box the head
 * judge ticks. The lock button works only once every box is ticked; the ticked kinds are what
 * the lock call sends as acknowledged.
 */
export function LockConfirmDialog(props: {
  open: boolean;
  rubric: Track;
  /** The results to lock: their blockers, and the ranked entries of each group. */
  view: TrackResultsView;
  busy: boolean;
  /** Said after the award counts: information for the head judge (judge consistency). */
  extra?: ReactNode;
  onConfirm: (acknowledged: BlockingFlag[]) => void;
  onCancel: () => void;
}) {
  const { t, list, pick } = useI18n();
  const { blockers } = props.view;
  const rules = props.rubric.awards;
  const counts = props.rubric.groups.flatMap((group) => {
    const ranked = props.view.results.groups.find((g) => g.code === group.code)?.ranked ?? 0;
    if (ranked === 0) return [];
    return [
      {
        key: group.code,
        label: t('results.lockAwardGroup', { group: pick(group.name), count: ranked }),
        entries: ranked,
      },
    ];
  });
  const [ticked, setTicked] = useState<Set<BlockingFlag>>(new Set());
  const { open } = props;
  useEffect(() => {
    if (open) setTicked(new Set());
  }, [open]);
  const all = blockers.every((b) => ticked.has(b.flag));

  const toggle = (flag: BlockingFlag) =>
    setTicked((before) => {
      const next = new Set(before);
      if (next.has(flag)) next.delete(flag);
      else next.add(flag);
      return next;
    });

  return (
    <ConfirmDialog
      open={props.open}
      title={
        blockers.length > 0 ? t('results.lockConfirmTitle') : t('results.lockConfirmTitleReady')
      }
      confirmLabel={t('results.lockConfirmAction')}
      busy={props.busy}
      confirmDisabled={!all}
      onConfirm={() => all && props.onConfirm([...ticked])}
      onCancel={props.onCancel}
    >
      {rules.tiers.length > 0 && counts.length > 0 && (
        <section className="lock-award-counts">
          <h3>{t('results.lockAwardCounts')}</h3>
          <AwardCounts rules={rules} rows={counts} />
        </section>
      )}
      {props.extra}
      <p>{blockers.length > 0 ? t('results.lockConfirmIntro') : t('results.lockConfirmReady')}</p>
      {blockers.length > 0 && (
        <ul className="lock-blockers">
          {blockers.map((blocker) => (
            <li key={blocker.flag} data-flag={blocker.flag}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked.has(blocker.flag)}
                  onChange={() => toggle(blocker.flag)}
                />{' '}
                <strong>{t(`flag.${blocker.flag}`)}</strong>
                <span className="muted">
                  {' '}
                  {t('results.lockConfirmEntries', {
                    count: blocker.entries.length,
                    entries:
                      list(blocker.entries.slice(0, 12)) + (blocker.entries.length > 12 ? '…' : ''),
                  })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </ConfirmDialog>
  );
}
