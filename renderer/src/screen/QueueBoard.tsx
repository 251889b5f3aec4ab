import type { ScreenView } from '../../../shared/stage/screenView';
import { Words } from './Words';

const rows = [
  ['current', 'screen.current'],
  ['next', 'screen.next'],
  ['prepare', 'screen.prepare'],
] as const;

/** Between entries: 当前 / 下一位 / 准备, in the running order. */
export function QueueBoard(props: { queue: ScreenView['queue']; english: boolean }) {
  return (
    <section className="queue">
      {rows.map(([slot, key]) => {
        const line = props.queue[slot];
        return (
          <div key={slot} className={`queue-row queue-${slot}`} data-slot={slot}>
            <Words k={key} english={props.english} className="queue-label" />
            {line ? (
              <span className="queue-entry">
                <span className="queue-no">{line.no}</span>
                <span className="queue-name">{line.name}</span>
                <span className="queue-org">{line.organization}</span>
              </span>
            ) : (
              <span className="queue-entry queue-empty">—</span>
            )}
          </div>
        );
      })}
    </section>
  );
}
