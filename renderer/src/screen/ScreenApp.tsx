import { useEffect } from 'react';
import { translate } from '../../../shared/i18n/catalog';
import { EntryReveal } from './EntryReveal';
import { QueueBoard } from './QueueBoard';
import { ScreenTimer } from './ScreenTimer';
import { useScreenView } from './useScreenView';
import { Words } from './Words';

/** The big screen (亮分屏): what the head table puts up, released entries only. */
export function ScreenApp() {
  const { view, lost, skew } = useScreenView();
  useEffect(() => {
    document.title = `${translate('zh-CN', 'screen.title')} ScoreDesk`;
  }, []);
  if (!view) {
    return (
      <main className="screen screen-waiting">
        <Words k={lost ? 'screen.connecting' : 'screen.loading'} english />
      </main>
    );
  }
  const english = view.english;
  return (
    <main className={`screen mode-${view.mode}`} lang="zh-CN">
      {view.mode !== 'blank' && (
        <header className="screen-head">
          <span className="screen-competition">{view.competition}</span>
          {view.track && (
            <span className="screen-track">
              {view.track.zh}
              {english && <span className="en"> {view.track.en}</span>}
            </span>
          )}
        </header>
      )}
      {view.mode === 'entry' && view.entry && (
        <EntryReveal
          key={`${view.entry.entryId}:${view.entry.final}`}
          entry={view.entry}
          english={english}
          ceremony={view.ceremony}
        />
      )}
      {view.mode === 'queue' && <QueueBoard queue={view.queue} english={english} />}
      {view.mode !== 'blank' && view.timer && (
        <ScreenTimer timer={view.timer} skew={skew} english={english} />
      )}
      {lost && (
        <p className="screen-lost" role="status">
          <Words k="screen.reconnecting" english={english} />
        </p>
      )}
    </main>
  );
}
