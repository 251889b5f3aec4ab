import { useCallback, useMemo, useState } from 'react';
import { keptKey } from '../../../shared/lan/deviceMarks';
import { CriteriaGuide } from './CriteriaGuide';
import type { DeviceSync, SyncState } from './deviceSync';
import { EntryCard } from './EntryCard';
import { useJudgeI18n } from './judgeI18n';
import { blankEntries, scoreable, sheetTracks } from './judgeSheet';
import { LanguageButton } from './LanguageButton';
import { SubmitDialog } from './SubmitDialog';
import { SyncBar } from './SyncBar';

/** The judge's own panels, from the sheet the head table served (kept on the device). */
export function SheetScreen({ sync, state }: { sync: DeviceSync; state: SyncState }) {
  const { t, pick, language } = useJudgeI18n();
  const [asking, setAsking] = useState(false);
  const [flagBlanks, setFlagBlanks] = useState(false);
  const { judgeFile, marks, pairing, submission } = state;
  const tracks = useMemo(() => (judgeFile ? sheetTracks(judgeFile) : []), [judgeFile]);
  const cellOf = useMemo(() => {
    const byId = new Map(judgeFile?.entries.map((e) => [e.id, e]) ?? []);
    return (entryId: number) => byId.get(entryId)!;
  }, [judgeFile]);
  const commit = useCallback(
    (entryId: number, criterion: string, value: number | null) => {
      const entry = cellOf(entryId);
      return sync.setMark({ entryId, entryNo: entry.no, track: entry.track, criterion }, value);
    },
    [sync, cellOf],
  );

  const judge = pairing!.judge;
  const seatText = tracks
    .flatMap((x) => (judge.seats[x.code] === undefined ? [] : [judge.seats[x.code]!]))
    .map((seat) => t('judgePage.seat', { seat }))
    .join(' · ');
  const blanks = blankEntries(tracks, marks);
  const total = tracks.reduce(
    (sum, x) => sum + x.entries.filter(scoreable).length * x.criteria.length,
    0,
  );
  const done = total - blanks.reduce((sum, b) => sum + b.criteria.length, 0);

  return (
    <div className="judge-page">
      {/* The judge and where the marks are stay in view while the sheet scrolls. */}
      <div className="judge-top">
        <header className="judge-bar">
          <span className="brand">{t('app.name')}</span>
          <span className="judge-name">
            {seatText && <span className="seat">{seatText}</span>} {judge.name}
          </span>
          <span className="spacer" />
          <LanguageButton />
        </header>
        <SyncBar state={state} />
      </div>
      <main className="sheet">
        {state.wrongSheet && (
          <p className="problem" role="alert">
            {t('judgePage.wrongSheet')}
          </p>
        )}
        {!judgeFile ? (
          <p className="muted">{t('judgePage.noSheet')}</p>
        ) : (
          <>
            <h1 className="competition">{judgeFile.competition.name}</h1>
            <p className="progress">
              {t('judgePage.progress', { done, total })} ·{' '}
              {submission.submittedAt
                ? t('judgePage.submittedAt', {
                    at: new Date(submission.submittedAt).toLocaleTimeString(language),
                  })
                : t('judgePage.notSubmitted')}
            </p>
            {tracks.map((track) => (
              <section key={track.code} className="track">
                <h2>{pick(track.name)}</h2>
                <CriteriaGuide criteria={track.criteria} />
                {track.entries.map((entry, index) => (
                  <EntryCard
                    key={entry.id}
                    entry={entry}
                    order={entry.drawOrder ?? index + 1}
                    criteria={track.criteria}
                    kept={track.criteria.map((c) => marks.get(keptKey(entry.id, c.code)))}
                    flagBlanks={flagBlanks}
                    onCommit={commit}
                  />
                ))}
              </section>
            ))}
          </>
        )}
        {!window.isSecureContext && (
          <p className="muted small http-note">{t('judgePage.httpNote')}</p>
        )}
      </main>
      {judgeFile && (
        <footer className="submit-bar">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setFlagBlanks(true);
              setAsking(true);
            }}
          >
            {submission.submissions > 0 ? t('judgePage.resubmit') : t('judgePage.submit')}
          </button>
        </footer>
      )}
      <SubmitDialog
        open={asking}
        blanks={blanks}
        onCancel={() => setAsking(false)}
        onSubmit={() => {
          setAsking(false);
          sync.submit();
        }}
        onGoTo={(entryId, criterion) => {
          setAsking(false);
          setTimeout(() => {
            const field = document.querySelector<HTMLInputElement>(
              `#entry-${entryId} [data-criterion="${criterion}"] input`,
            );
            field?.scrollIntoView({ block: 'center' });
            field?.focus();
          });
        }}
      />
    </div>
  );
}
