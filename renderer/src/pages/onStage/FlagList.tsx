import type { ReviewQueueEntry } from '../../../../shared/api/onStage';
import { formatPoints } from '../../../../shared/domain/points';
import { useI18n } from '../../i18n/I18nProvider';

/** What deserves the head judge's second look, in words. */
export function FlagList({ flags }: { flags: ReviewQueueEntry['flags'] }) {
  const { t } = useI18n();
  if (flags.length === 0) return <span className="muted">{t('onStage.flag.none')}</span>;
  return (
    <ul className="flags">
      {flags.map((flag, i) => {
        const seat = flag.seat ?? '—';
        const text =
          flag.kind === 'deviation'
            ? t('onStage.flag.deviation', {
                seat,
                total: formatPoints(flag.total),
                others: (flag.othersMean / 100).toFixed(2),
                difference: `${flag.difference > 0 ? '+' : ''}${(flag.difference / 100).toFixed(2)}`,
              })
            : flag.kind === 'tooFewJudges'
              ? t('onStage.flag.tooFewJudges')
              : t(`onStage.flag.${flag.kind}`, { seat });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: flags of an entry keep their order
          <li key={i} className={`flag flag-${flag.kind}`}>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
