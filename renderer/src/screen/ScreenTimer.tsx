import { useEffect, useState } from 'react';
import { translate } from '../../../shared/i18n/catalog';
import type { ScreenView } from '../../../shared/stage/screenView';
import { clockText, elapsed, timerStage } from '../../../shared/stage/timer';
import { Words } from './Words';

/** The performance timer, coloured by the track's time limit (green, yellow, red). */
export function ScreenTimer(props: {
  timer: NonNullable<ScreenView['timer']>;
  skew: number;
  english: boolean;
}) {
  const { timer } = props;
  const [now, setNow] = useState(() => Date.now());
  const running = timer.startedAt !== null && timer.measuredMs === null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(tick);
  }, [running]);
  const ms = elapsed(timer, now - props.skew);
  const stage = timerStage(ms, timer.limitSeconds);
  return (
    <aside
      className={`screen-timer timer-${stage}`}
      data-stage={stage}
      aria-label={translate('zh-CN', 'screen.timerLabel')}
    >
      <Words
        k="screen.timerOf"
        params={{ no: timer.no }}
        english={props.english}
        className="timer-label"
      />
      <span className="timer-clock">{clockText(ms)}</span>
      {timer.limitSeconds > 0 && (
        <Words
          k="screen.timeLimit"
          params={{ limit: clockText(timer.limitSeconds * 1000) }}
          english={props.english}
          className="timer-limit"
        />
      )}
    </aside>
  );
}
