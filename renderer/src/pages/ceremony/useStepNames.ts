import type { CeremonyStep } from '../../../../shared/ceremony/awardsScript';
import { useI18n } from '../../i18n/I18nProvider';

/** "展品辅导（科技辅导员）": a track, with its group when the track has several. */
export function useStepNames() {
  const { t, pick } = useI18n();
  const trackOf = (step: Pick<CeremonyStep, 'trackName' | 'group'>) =>
    step.group
      ? t('ceremony.trackGroup', { track: pick(step.trackName), group: pick(step.group) })
      : pick(step.trackName);
  return {
    trackOf,
    /** The track and the award, side by side: a heading, not a sentence. */
    headingOf: (step: CeremonyStep) => `${trackOf(step)} ${pick(step.award)}`,
  };
}
