import { type ReactNode, useEffect, useState } from 'react';
import type { AwardRules } from '../../../../shared/domain/rubric';
import type { BlockingFlag, LockBlocker } from '../../../../shared/scoring';
import { AwardCounts, type AwardCountsRow } from '../../components/AwardCounts';
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
  blockers: LockBlocker[];
  rules: AwardRules;
  counts: AwardCountsRow[];
  busy: boolean;
  /** Said after the award counts: information for the head judge (judge consistency). */
  extra?: ReactNode;
  onConfirm: (acknowledged: BlockingFlag[]) => void;
  onCancel: () => void;
}) {
  const { t, list } = useI18n();
  const [ticked, setTicked] = useState<Set<BlockingFlag>>(new Set());
  const { open } = props;
  useEffect(() => {
    if (open) setTicked(new Set());
  }, [open]);
  const all = props.blockers.every((b) => ticked.has(b.flag));

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
        props.blockers.length > 0
          ? t('results.lockConfirmTitle')
          : t('results.lockConfirmTitleReady')
      }
      confirmLabel={t('results.lockConfirmAction')}
      busy={props.busy}
      confirmDisabled={!all}
      onConfirm={() => all && props.onConfirm([...ticked])}
      onCancel={props.onCancel}
    >
      {props.rules.tiers.length > 0 && props.counts.length > 0 && (
        <section className="lock-award-counts">
          <h3>{t('results.lockAwardCounts')}</h3>
          <AwardCounts rules={props.rules} rows={props.counts} />
        </section>
      )}
      {props.extra}
      <p>
        {props.blockers.length > 0 ? t('results.lockConfirmIntro') : t('results.lockConfirmReady')}
      </p>
      {props.blockers.length > 0 && (
        <ul className="lock-blockers">
          {props.blockers.map((blocker) => (
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
