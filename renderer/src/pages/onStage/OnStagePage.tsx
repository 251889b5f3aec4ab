import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppealsView, ReviewQueue, ScreenSettings } from '../../../../shared/api/onStage';
import type { ReviewAction } from '../../../../shared/stage/review';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { AppealsPanel } from './AppealsPanel';
import { NoteDialog } from './NoteDialog';
import { ReviewTable } from './ReviewTable';
import { ScreenControls } from './ScreenControls';
import { StageTimer } from './StageTimer';
import './OnStage.css';

/** Marks pushed from the hall network arrive without a click: the queue is read again. */
const REFRESH_MS = 2000;

/**
 * The head table on stage: the head judge's queue (review, then release), what the big screen
 * shows, and the performance timer.
 */
export function OnStagePage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [queue, setQueue] = useState<ReviewQueue | null>(null);
  const [screen, setScreen] = useState<(ScreenSettings & { version: number }) | null>(null);
  const [appeals, setAppeals] = useState<AppealsView | null>(null);
  const [asking, setAsking] = useState<{ entryId: number; action: ReviewAction } | null>(null);
  const { errors, run, busy } = useCall();
  // The refresh says its own trouble (the head table's host gone), apart from the decisions'.
  const refresh = useCall();
  const refreshRun = refresh.run;

  const load = useCallback(async () => {
    const [q, s, a] = await Promise.all([
      call('review.queue', { track: code }),
      call('screen.settings', {}),
      call('appeals.list', { track: code }),
    ]);
    setQueue(q);
    setScreen(s);
    setAppeals(a);
  }, [code]);

  useEffect(() => {
    void refreshRun(load);
    const timer = setInterval(() => void refreshRun(load), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, refreshRun]);

  const decide = (entryId: number, action: ReviewAction, note = '') =>
    run(
      async () => {
        await call('review.decide', { entryId, action, note });
        setAsking(null);
        await load();
      },
      { busy: true },
    );

  // Changes follow one another on the latest settings (a box ticked right after a choice keeps
  // the choice), and show at once, before the head table's answer.
  const latest = useRef(screen);
  latest.current = screen;
  const changeScreen = async (patch: Partial<ScreenSettings>) => {
    const saved = await run(async () => {
      const shown = latest.current;
      if (!shown) return;
      const { version, ...settings } = shown;
      // Another track's entries cannot stay up once the screen shows this one.
      const base =
        settings.track === code
          ? settings
          : { ...settings, mode: 'queue' as const, shownEntryId: null, onStageEntryId: null };
      const next = { ...base, track: code, ...patch };
      latest.current = { ...next, version };
      setScreen(latest.current);
      setScreen(await call('screen.set', next));
    });
    // Refused: the screen's settings as the head table holds them.
    if (!saved) await refreshRun(load);
  };

  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  const onStage = queue?.entries.find((e) => e.entryId === screen?.onStageEntryId) ?? null;
  return (
    <div className="on-stage">
      <h1>{t('onStage.title', { track: pick(track.name) })}</h1>
      <p className="hint">{t('onStage.intro')}</p>
      <ErrorList errors={errors} />
      <ErrorList errors={refresh.errors} />
      {screen && <ScreenControls screen={screen} track={code} onChange={changeScreen} run={run} />}
      {queue && screen && (
        <StageTimer
          queue={queue}
          onStage={onStage}
          onPick={(entryId) => changeScreen({ onStageEntryId: entryId })}
          run={run}
          reload={load}
        />
      )}
      {queue && screen && (
        <ReviewTable
          queue={queue}
          screen={screen}
          busy={busy}
          onRelease={(id) => decide(id, 'release')}
          onAsk={(entryId, action) => setAsking({ entryId, action })}
          onShow={(id) => changeScreen({ mode: 'entry', shownEntryId: id })}
          onThreshold={(percent) =>
            run(async () => {
              await call('review.setThreshold', { track: code, percent });
              await load();
            })
          }
        />
      )}
      {appeals && <AppealsPanel track={code} view={appeals} run={run} reload={load} />}
      <NoteDialog
        asking={asking}
        entry={queue?.entries.find((e) => e.entryId === asking?.entryId) ?? null}
        busy={busy}
        onConfirm={(note) => asking && decide(asking.entryId, asking.action, note)}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}
