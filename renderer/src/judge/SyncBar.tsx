import { unsentBySheet } from '../../../shared/lan/deviceMarks';
import { compareEntryNo } from '../../../shared/scoring/entryOrder';
import type { SyncState } from './deviceSync';
import { useJudgeI18n } from './judgeI18n';

/** Where the marks are: all at the head table, or how many wait on this device and why. */
export function SyncBar({ state }: { state: SyncState }) {
  const { t, explain, list } = useJudgeI18n();
  const { toSend: unsent, withheld } = unsentBySheet(
    state.judgeFile?.entries ?? null,
    state.marks.values(),
  );
  const withheldEntries = [...new Set(withheld.map((m) => m.entryNo))].sort(compareEntryNo);
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
          : state.sending || state.keeping > 0
            ? t('judgePage.sending')
            : t(withheld.length > 0 ? 'judgePage.allSendableSent' : 'judgePage.allSent')}
      </strong>
      {why && <span>{why}</span>}
      {withheld.length > 0 && (
        <span className="withheld">
          {t('judgePage.withheld', {
            count: withheld.length,
            entryCount: withheldEntries.length,
            entries: list(withheldEntries),
          })}
        </span>
      )}
      {state.refused.length > 0 && (
        <span>{t('judgePage.refused', { reason: state.refused.map(explain).join(' ') })}</span>
      )}
    </div>
  );
}
