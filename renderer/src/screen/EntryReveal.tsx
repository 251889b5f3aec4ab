import type { CSSProperties } from 'react';
import { translate } from '../../../shared/i18n/catalog';
import type { ScreenEntry } from '../../../shared/stage/screenView';
import { Words } from './Words';

/**
 * One released entry: who, each judge's mark by seat, the highest and lowest struck out (a short
 * animation once the marks are up), the final, the rank so far or "withheld" at a ceremony.
 */
export function EntryReveal(props: { entry: ScreenEntry; english: boolean; ceremony: boolean }) {
  const { entry, english } = props;
  const many = entry.marks.length > 7;
  return (
    <section className="reveal" aria-label={entry.no}>
      <div className="reveal-who">
        <span className="reveal-no">{entry.no}</span>
        <span className="reveal-name">{entry.name}</span>
      </div>
      {/* One line for who they are and what they showed, so the marks and the final keep the room. */}
      <div className="reveal-about">
        {entry.organization && <span className="reveal-org">{entry.organization}</span>}
        {entry.group && (
          <span className="reveal-group">
            {entry.group.zh}
            {props.english && entry.group.en && <span className="en"> {entry.group.en}</span>}
          </span>
        )}
        {entry.title && <span className="reveal-title">《{entry.title}》</span>}
        {entry.members.length > 1 && (
          <span className="reveal-members">{entry.members.join('　')}</span>
        )}
      </div>
      <ol
        className={`reveal-marks${many ? ' many' : ''}`}
        aria-label={translate('zh-CN', 'screen.marksLabel')}
      >
        {entry.marks.map((mark, index) => (
          <li
            key={mark.seat}
            // Each judge's mark comes up a tenth of a second after the one before it.
            style={{ '--order': index } as CSSProperties}
            className={`mark${mark.struck ? ` struck struck-${mark.struck}` : ''}${mark.none ? ' none' : ''}`}
            data-seat={mark.seat}
          >
            <Words
              k="screen.seat"
              params={{ seat: mark.seat }}
              english={english}
              className="mark-seat"
            />
            <span className="mark-value">{mark.total ?? '—'}</span>
            {mark.struck && (
              <Words
                k={mark.struck === 'high' ? 'screen.droppedHigh' : 'screen.droppedLow'}
                english={english}
                className="mark-note"
              />
            )}
            {mark.none && (
              <Words
                k={mark.none === 'recused' ? 'screen.recused' : 'screen.noMark'}
                english={english}
                className="mark-note"
              />
            )}
          </li>
        ))}
      </ol>
      <div className="reveal-result">
        <div className="reveal-final">
          <Words k="screen.final" english={english} className="final-label" />
          <span className="final-value" data-testid="final">
            {entry.final}
          </span>
        </div>
        <div className="reveal-side">
          {entry.deduction && (
            <Words
              k="screen.deduction"
              params={{ points: entry.deduction }}
              english={english}
              className="reveal-deduction"
            />
          )}
          {entry.rank === null ? (
            <Words
              k="screen.rankWithheld"
              english={english}
              className="reveal-rank"
              testId="rank"
            />
          ) : (
            <>
              <Words
                k="screen.rankSoFar"
                params={{ rank: entry.rank }}
                english={english}
                className="reveal-rank"
                testId="rank"
              />
              <Words
                k="screen.releasedCount"
                params={{ count: entry.releasedInGroup }}
                english={english}
                className="reveal-count"
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
