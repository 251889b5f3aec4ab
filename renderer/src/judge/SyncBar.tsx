import { unsentCount } from '../../../shared/lan/deviceMarks';
import type { SyncState } from './deviceSync';
import { useJudgeI18n } from './judgeI18n';

/** Where the marks are: all at the head table, or how many wait on this device and why. */
export function SyncBar({ state }: { state: SyncState }) {
  const { t, explain } = useJudgeI18n();
  const unsent = unsentCount(state.marks.values());
  const why =
    state.network === 'offline'
      ? t('judgePage.offline')
      : state.network === 'unreachable'
        ? t('judgePage.unreachable', { seconds: state.retryIn ?? 1 })
        : null;
  const tone = state.refused.length > 0 ? 'refused' : unsent > 0 ? 'waiting' : 'sent';
  return (
    <div className={`sync-bar ${tone}`} role="status" data-unsent={unsent}>
      <strong>
        {unsent > 0
          ? t('judgePage.unsentCount', { count: unsent })
          : state.sending
            ? t('judgePage.sending')
            : t('judgePage.allSent')}
      </strong>
      {why && <span>{why}</span>}
      {state.refused.length > 0 && (
        <span>{t('judgePage.refused', { reason: state.refused.map(explain).join(' ') })}</span>
      )}
    </div>
  );
}
