import { useEffect, useState } from 'react';
import type { ReviewQueue, ReviewQueueEntry, TimerAnswer } from '../../../../shared/api/onStage';
import { formatPoints } from '../../../../shared/domain/points';
import { clockText, elapsed, timerStage } from '../../../../shared/stage/timer';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import type { useCall } from '../../useCall';

/**
 * The performance timer of the entry on stage: start, pause, stop; the measured time is kept
 * with the entry and proposes the track's overtime deduction for the head judge to accept.
 */
export function StageTimer(props: {
  queue: ReviewQueue;
  onStage: ReviewQueueEntry | null;
  onPick: (entryId: number) => void;
  run: ReturnType<typeof useCall>['run'];
  reload: () => Promise<void>;
}) {
  const { t, pick } = useI18n();
  const entryId = props.onStage?.entryId ?? null;
  const [answer, setAnswer] = useState<TimerAnswer | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const { run, reload } = props;

  useEffect(() => {
    setAnswer(null);
    if (entryId === null) return;
    void run(async () => setAnswer(await call('timer.get', { entryId })));
  }, [entryId, run]);

  const running = answer?.time.startedAt != null && answer.time.measuredMs === null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(tick);
  }, [running]);

  const command = (c: 'start' | 'pause' | 'stop' | 'reset') =>
    entryId !== null &&
    run(async () => {
      setAnswer(await call('timer.run', { entryId, command: c }));
      setNow(Date.now());
      await reload();
    });

  const proposal = answer?.proposal ?? null;
  const accept = () =>
    entryId !== null &&
    proposal &&
    run(async () => {
      const reason = t('onStage.deductionReason', {
        measured: clockText(proposal.measuredSeconds * 1000),
        limit: clockText(props.queue.timeLimitSeconds * 1000),
        over: proposal.overtimeSeconds,
      });
      setAnswer(await call('timer.acceptDeduction', { entryId, reason }));
      await reload();
    });

  const ms = answer ? elapsed(answer.time, now) : 0;
  const stage = timerStage(ms, props.queue.timeLimitSeconds);
  const stopped = answer?.time.measuredMs != null;
  return (
    <section className="stage-timer" aria-label={t('onStage.timer')}>
      <h2>{t('onStage.timer')}</h2>
      <label className="on-stage-pick">
        <span>{t('onStage.onStage')}</span>
        <select
          value={entryId ?? ''}
          onChange={(e) => e.target.value && props.onPick(Number(e.target.value))}
        >
          <option value="">{t('onStage.pickEntry')}</option>
          {props.queue.entries.map((e) => (
            <option key={e.entryId} value={e.entryId}>
              {e.no} {e.name}
            </option>
          ))}
        </select>
      </label>
      {entryId !== null && answer && (
        <div className="timer-row">
          <output
            className={`timer-clock timer-${stage}`}
            data-stage={stage}
            aria-label={t('onStage.timer')}
          >
            {clockText(ms)}
          </output>
          <span className="muted">
            {props.queue.timeLimitSeconds > 0
              ? t('onStage.limit', { limit: clockText(props.queue.timeLimitSeconds * 1000) })
              : t('onStage.noLimit')}
          </span>
          <button
            type="button"
            className="primary"
            disabled={running || stopped}
            onClick={() => command('start')}
          >
            {t(ms > 0 ? 'onStage.timerResume' : 'onStage.timerStart')}
          </button>
          <button type="button" disabled={!running} onClick={() => command('pause')}>
            {t('onStage.timerPause')}
          </button>
          <button type="button" disabled={stopped || ms === 0} onClick={() => command('stop')}>
            {t('onStage.timerStop')}
          </button>
          <button
            type="button"
            className="quiet"
            disabled={answer.time.deductionPenaltyId !== null}
            onClick={() => command('reset')}
          >
            {t('onStage.timerReset')}
          </button>
        </div>
      )}
      {stopped && answer && (
        <div className="timer-proposal" role="status">
          {answer.time.deductionPenaltyId !== null && proposal ? (
            <span>{t('onStage.deductionAccepted', { points: formatPoints(proposal.points) })}</span>
          ) : proposal ? (
            <>
              <span>
                {t('onStage.deductionProposed', {
                  measured: clockText(proposal.measuredSeconds * 1000),
                  over: proposal.overtimeSeconds,
                  rule: pick(proposal.rule.name),
                  points: formatPoints(proposal.points),
                })}
              </span>
              <button type="button" className="primary" onClick={accept}>
                {t('onStage.acceptDeduction')}
              </button>
            </>
          ) : (
            <span>
              {t('onStage.noDeduction', { measured: clockText(answer.time.measuredMs ?? 0) })}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
