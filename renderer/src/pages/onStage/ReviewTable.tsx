import type { ReviewQueue, ReviewQueueEntry, ScreenSettings } from '../../../../shared/api/onStage';
import { formatPoints } from '../../../../shared/domain/points';
import { clockText } from '../../../../shared/stage/timer';
import { useI18n } from '../../i18n/I18nProvider';
import { FlagList } from './FlagList';

/**
 * The head judge's queue in running order: each entry's marks by seat, what deserves a second
 * look, where it stands (marking, to review, released, held, look again), and the decisions.
 */
export function ReviewTable(props: {
  queue: ReviewQueue;
  screen: ScreenSettings;
  busy: boolean;
  onRelease: (entryId: number) => void;
  onAsk: (entryId: number, action: 'hold' | 'lookAgain') => void;
  onShow: (entryId: number) => void;
  onThreshold: (percent: number) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="review">
      <h2>{t('onStage.queue')}</h2>
      <p className="hint threshold">
        {t('onStage.thresholdNote', {
          percent: props.queue.thresholdPercent,
          points: formatPoints(props.queue.threshold),
        })}
        <label>
          <span>{t('onStage.threshold')}</span>
          <select
            value={props.queue.thresholdPercent}
            onChange={(e) => props.onThreshold(Number(e.target.value))}
          >
            {[5, 7.5, 10, 12.5, 15, 20].map((percent) => (
              <option key={percent} value={percent}>
                {percent}%
              </option>
            ))}
          </select>
        </label>
      </p>
      <table className="review-table">
        <thead>
          <tr>
            <th>{t('onStage.col.no')}</th>
            <th>{t('onStage.col.entry')}</th>
            <th>{t('onStage.col.marks')}</th>
            <th>{t('onStage.col.final')}</th>
            <th>{t('onStage.col.flags')}</th>
            <th>{t('onStage.col.state')}</th>
            <th>{t('onStage.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.queue.entries.map((entry) => (
            <tr
              key={entry.entryId}
              data-entry={entry.no}
              className={props.screen.shownEntryId === entry.entryId ? 'on-screen' : undefined}
            >
              <td className="num">{entry.no}</td>
              <td>
                <div className="entry-name">{entry.name}</div>
                <div className="muted">{entry.organization}</div>
                {entry.time?.measuredMs != null && (
                  <div className="muted">
                    {t('onStage.measured', { time: clockText(entry.time.measuredMs) })}
                  </div>
                )}
              </td>
              <td>
                <div className="marks-cell">
                  {entry.marks.map((m) => (
                    <span key={m.seat ?? -1} className={`seat-mark status-${m.status}`}>
                      {t('onStage.seatMark', {
                        seat: m.seat ?? '—',
                        mark: m.total === null ? '—' : formatPoints(m.total),
                      })}
                    </span>
                  ))}
                </div>
              </td>
              <td className="num final">{entry.final ?? '—'}</td>
              <td>
                <FlagList flags={entry.flags} />
              </td>
              <td>
                <StateCell entry={entry} />
              </td>
              <td>
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={
                      props.busy ||
                      !entry.releasable ||
                      (entry.state === 'released' && !entry.changedSinceRelease)
                    }
                    onClick={() => props.onRelease(entry.entryId)}
                  >
                    {t(entry.changedSinceRelease ? 'onStage.releaseAgain' : 'onStage.release')}
                  </button>
                  <button
                    type="button"
                    disabled={props.busy || !entry.inQueue}
                    onClick={() => props.onAsk(entry.entryId, 'hold')}
                  >
                    {t('onStage.hold')}
                  </button>
                  <button
                    type="button"
                    disabled={props.busy || !entry.inQueue}
                    onClick={() => props.onAsk(entry.entryId, 'lookAgain')}
                  >
                    {t('onStage.lookAgain')}
                  </button>
                  {entry.state === 'released' && props.screen.shownEntryId !== entry.entryId && (
                    <button
                      type="button"
                      className="quiet"
                      onClick={() => props.onShow(entry.entryId)}
                    >
                      {t('onStage.showAgain')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StateCell({ entry }: { entry: ReviewQueueEntry }) {
  const { t } = useI18n();
  // The audit's actor in words: the head table's window, or the name after the role.
  const who = (actor: string) =>
    actor === 'organizer' ? t('onStage.byHeadTable') : actor.slice(actor.indexOf(':') + 1);
  const at = entry.decision ? new Date(entry.decision.at).toLocaleTimeString() : '';
  if (!entry.inQueue) return <span className="muted">{t('onStage.state.marking')}</span>;
  if (entry.state === 'waiting') {
    return <span>{t(entry.complete ? 'onStage.state.toReview' : 'onStage.state.partial')}</span>;
  }
  return (
    <span className={`state state-${entry.state}`}>
      {t(`onStage.state.${entry.state}`)}
      <span className="muted">
        {' '}
        {t('onStage.decidedBy', { by: who(entry.decision?.by ?? ''), at })}
      </span>
      {entry.decision?.note && <span className="note">{entry.decision.note}</span>}
      {entry.changedSinceRelease && (
        <strong className="changed">{t('onStage.changedSinceRelease')}</strong>
      )}
    </span>
  );
}
