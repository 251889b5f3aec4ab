import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SheetView } from '../../../../shared/api/judging';
import type { Criterion } from '../../../../shared/domain/rubric';
import { seatedName } from '../../../../shared/panel/seats';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { useCall } from '../../useCall';
import { CriteriaGuide } from './CriteriaGuide';
import { LivePushStatus } from './LivePushStatus';
import { type HandOver, NextStep } from './NextStep';
import { type CellTarget, SheetTable } from './SheetTable';
import { SubmitDialog } from './SubmitDialog';
import { blankRows, completeRows, markKey, scoredRows } from './sheetBlanks';
import './SheetPage.css';

/** Judge mode: this judge's panel only, one row per entry in draw order, nobody else's marks. */
export function SheetPage() {
  const { t, pick, language } = useI18n();
  const { current, setCurrent } = useCompetition();
  const [sheet, setSheet] = useState<SheetView | null>(null);
  const [asking, setAsking] = useState(false);
  const [flagBlanks, setFlagBlanks] = useState(false);
  const [jumpTo, setJumpTo] = useState<CellTarget | null>(null);
  const [handOver, setHandOver] = useState<HandOver | null>(null);
  const { errors, run, busy } = useCall();
  const competition = current!.competition;

  // The marks live apart from the sheet: a saved mark replaces one value here, and leaves the
  // entries, the header and every other row as they were (a new sheet per keystroke redrew them).
  const [marks, setMarks] = useState<ReadonlyMap<string, number>>(new Map());
  const load = useCallback(
    () =>
      run(async () => {
        const view = await call('sheet.get', {});
        setMarks(new Map(view.scores.map((s) => [markKey(s.entryId, s.criterion), s.value])));
        setSheet(view);
      }),
    [run],
  );
  useEffect(() => {
    load();
  }, [load]);
  // One list of judged criteria per track, the same array each render (rows compare it).
  const criteriaOf = useMemo(() => {
    const byTrack = new Map<string, Criterion[]>(
      competition.tracks.map((x) => [
        x.code,
        x.segments.filter((s) => s.kind === 'judged').flatMap((s) => s.criteria),
      ]),
    );
    return (code: string) => byTrack.get(code) ?? [];
  }, [competition]);
  // A judge may sit on several panels: one table per track, in the competition's order.
  const tracks = useMemo(
    () => competition.tracks.filter((x) => sheet?.entries.some((e) => e.track === x.code)),
    [competition, sheet?.entries],
  );
  const entriesOf = useMemo(() => {
    const byTrack = new Map<string, SheetView['entries']>();
    for (const e of sheet?.entries ?? [])
      byTrack.set(e.track, [...(byTrack.get(e.track) ?? []), e]);
    return byTrack;
  }, [sheet?.entries]);

  const rows = useMemo(() => scoredRows(sheet?.entries ?? [], criteriaOf), [sheet, criteriaOf]);
  const complete = useMemo(() => completeRows(rows, marks), [rows, marks]);
  // The blanks themselves only when 提交 lists them; the sheet flags them from its marks.
  const blanks = useMemo(() => (asking ? blankRows(rows, marks) : []), [asking, rows, marks]);

  const commit = useCallback(
    async (entryId: number, criterion: string, value: number | null) => {
      await run(async () => {
        await call('sheet.setScore', { entryId, criterion, value });
        setMarks((previous) => {
          const next = new Map(previous);
          const key = markKey(entryId, criterion);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        });
      });
    },
    [run],
  );

  if (!sheet) return <ErrorList errors={errors} />;
  // "3号评委 陈评委" on one panel; on several, each panel's seat after the name.
  const seats = sheet.judge.seats;
  const only = tracks.length === 1 ? seats[tracks[0]!.code] : undefined;
  const judgeTitle =
    only !== undefined
      ? seatedName({ name: sheet.judge.name, seat: only }, language)
      : [
          t('sheetScreen.judge', { judge: sheet.judge.name }),
          ...tracks.flatMap((x) =>
            seats[x.code] === undefined
              ? []
              : [`${pick(x.name)} ${t('seat.short', { seat: seats[x.code]! })}`],
          ),
        ].join(' · ');

  const submit = async () => {
    const ok = await run(
      async () => {
        const done = await call('sheet.submit', {});
        setHandOver({ kind: 'submitted', fileName: done.fileName, folder: done.folder });
        await load();
      },
      { busy: true },
    );
    if (ok) setAsking(false);
  };

  return (
    <div className="sheet-page">
      <header className="titlebar">
        <span className="brand">{t('app.name')}</span>
        <span className="competition-name">{competition.name}</span>
        <span className="spacer" />
        <span className="sheet-judge">{judgeTitle}</span>
        <button
          type="button"
          className="quiet"
          onClick={async () => {
            await call('competitions.close', {});
            setCurrent(null);
            navigate({ page: 'home' });
          }}
        >
          {t('nav.closeCompetition')}
        </button>
        <LanguageSwitch />
      </header>
      <main className="page sheet">
        <div className="page-header">
          <div>
            <h1>
              {t('sheetScreen.title', { track: tracks.map((x) => pick(x.name)).join(' / ') })}
            </h1>
            <p className="progress" role="status">
              {t('sheetScreen.progress', { done: complete, total: rows.length })} ·{' '}
              {sheet.submittedAt
                ? t('sheetScreen.submitted', {
                    count: sheet.submissions,
                    at: new Date(sheet.submittedAt).toLocaleString(language),
                  })
                : t('sheetScreen.notSubmitted')}
            </p>
            <LivePushStatus />
            <p className="muted small keys">{t('sheetScreen.keys')}</p>
            {sheet.keyFingerprint && (
              <p className="small own-key">
                {t('sheetScreen.keyFingerprint')}{' '}
                <code className="fingerprint">{sheet.keyFingerprint}</code>
              </p>
            )}
          </div>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                // The blanks stay marked on the sheet from now on, whatever the answer.
                setFlagBlanks(true);
                setAsking(true);
              }}
            >
              {sheet.submissions > 0 ? t('sheetScreen.resubmit') : t('sheetScreen.submit')}
            </button>
            <button
              type="button"
              onClick={() =>
                run(async () => {
                  const file = await call('scoreFiles.export', {});
                  downloadFile(file.fileName, file.content, 'application/json');
                  setHandOver({ kind: 'exported', fileName: file.fileName, folder: file.folder });
                })
              }
            >
              {t('sheetScreen.export')}
            </button>
          </div>
        </div>
        <ErrorList errors={errors} />
        {handOver && <NextStep handOver={handOver} onClose={() => setHandOver(null)} />}
        {tracks.map((track, index) => (
          <section key={track.code} className="sheet-section">
            {tracks.length > 1 && <h2>{pick(track.name)}</h2>}
            <CriteriaGuide table={index} criteria={criteriaOf(track.code)} />
            <SheetTable
              table={index}
              criteria={criteriaOf(track.code)}
              entries={entriesOf.get(track.code) ?? []}
              marks={marks}
              flagBlanks={flagBlanks}
              jumpTo={jumpTo}
              onJumped={() => setJumpTo(null)}
              onCommit={commit}
            />
          </section>
        ))}
      </main>
      <SubmitDialog
        open={asking}
        blanks={blanks}
        busy={busy}
        onSubmit={submit}
        onCancel={() => setAsking(false)}
        onGoTo={(target) => {
          setAsking(false);
          // After the dialog has closed: closing gives the focus back to the 提交 button.
          setTimeout(() => setJumpTo(target));
        }}
      />
    </div>
  );
}
