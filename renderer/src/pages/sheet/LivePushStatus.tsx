import { useEffect, useState } from 'react';
import type { LivePushState } from '../../../../shared/api/livePush';
import { clockTime, livePushLine } from '../../../../shared/lan/livePushLine';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import './LivePushStatus.css';

/** How often the sheet asks: a judge glancing up sees a state at most this old. */
const POLL_MS = 2000;

/**
 * Whether the head table has the judge's marks live, in words; nothing at all when the judge
 * file names no hall (the score file goes on a USB stick, as the sheet's buttons say).
 */
export function LivePushStatus() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<LivePushState | null>(null);
  // A failed ask says nothing new: the line keeps the last state it had (its errors go unshown).
  const { run } = useCall();
  useEffect(() => {
    let stopped = false;
    const ask = () =>
      run(async () => {
        const value = await call('sheet.pushState', {});
        if (!stopped) setStatus(value);
      });
    ask();
    const timer = window.setInterval(ask, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [run]);
  const line = status && livePushLine(status, (iso) => clockTime(iso, language));
  if (!line) return null;
  return (
    <p className={`live-push ${line.tone}`} role="status" aria-label={t('livePush.label')}>
      <span className="live-push-dot" aria-hidden="true" />
      <span>
        {t(line.key, line.params)}
        {line.last && (
          <span className="muted">
            {/* A full-width bracket brings its own space; a Latin one needs one before it. */}
            {language === 'en' ? ' ' : ''}
            {t(line.last.key, line.last.params)}
          </span>
        )}
      </span>
    </p>
  );
}
