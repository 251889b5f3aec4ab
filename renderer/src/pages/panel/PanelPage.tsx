import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { PanelView } from '../../../../shared/api/seating';
import type { Entry, Judge, Recusal } from '../../../../shared/domain/people';
import { SAME_ORGANIZATION } from '../../../../shared/domain/recusalRules';
import type { AppError } from '../../../../shared/errors';
import { joinList } from '../../../../shared/i18n/lists';
import { seatedName } from '../../../../shared/panel/seats';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { useConfirm } from '../../components/useConfirm';
import { base64ToBytes, downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { routeHash } from '../../router';
import { DrawPanel } from './DrawPanel';
import { type OfficialsAnswer, OfficialsDialog } from './OfficialsDialog';
import { RecusalDialog, type RecusalQuestion } from './RecusalDialog';
import { RecusalGrid } from './RecusalGrid';
import { RecusalList } from './RecusalList';
import { SeatingSection } from './SeatingSection';
import { SeatsDialog } from './SeatsDialog';
import './PanelPage.css';
import { useCall } from '../../useCall';

/** Who sits on a track's panel and where, who steps aside for whom, and the order of performance. */
export function PanelPage({ code }: { code: string }) {
  const { t, pick, language, explain } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [judges, setJudges] = useState<Judge[]>([]);
  const [panel, setPanel] = useState<PanelView | null>(null);
  const [files, setFiles] = useState<CallOutput<'judgeFiles.status'>>([]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [recusals, setRecusals] = useState<Recusal[]>([]);
  /** What the last save did, translated at render so a language switch changes it too. */
  const [notice, setNotice] = useState<AppError | null>(null);
  const [question, setQuestion] = useState<RecusalQuestion | null>(null);
  const [editing, setEditing] = useState<'seats' | 'officials' | null>(null);
  const { errors, setErrors, run, busy } = useCall();
  const [dialog, ask] = useConfirm();

  const load = useCallback(
    () =>
      run(async () => {
        setJudges(await call('judges.list', {}));
        setPanel(await call('panel.get', { track: code }));
        setFiles(await call('judgeFiles.status', {}));
        setEntries(await call('entries.list', { track: code }));
        setRecusals(await call('recusals.list', { track: code }));
      }),
    [code, run],
  );
  useEffect(() => {
    setNotice(null);
    load();
  }, [load]);

  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  const trackName = pick(track.name);
  const member = (judgeId: number) => panel?.members.find((m) => m.judgeId === judgeId);
  const recusal = (judgeId: number, entryId: number) =>
    recusals.find((r) => r.judgeId === judgeId && r.entryId === entryId);
  const reasonText = (r: Recusal) =>
    r.source === 'auto' && r.reason === SAME_ORGANIZATION ? t('panels.sameOrganization') : r.reason;
  const toggle = (judgeId: number, entry: Entry) => {
    const judge = judges.find((j) => j.id === judgeId);
    if (!judge) return;
    const existing = recusal(judgeId, entry.id);
    setQuestion({ judge, entry, existing, reasonText: existing ? reasonText(existing) : '' });
  };
  const answer = (reason: string) => {
    if (!question) return;
    run(
      async () => {
        setRecusals(
          await call('recusals.set', {
            judgeId: question.judge.id,
            entryId: question.entry.id,
            recused: !question.existing,
            reason,
          }),
        );
        setFiles(await call('judgeFiles.status', {}));
      },
      { busy: true },
    ).then(() => setQuestion(null));
  };
  const exportPaperSheet = (judgeId: number) =>
    run(async () => {
      const out = await call('paperSheets.export', { judgeId, track: code });
      for (const file of out) {
        downloadFile(
          file.fileName,
          base64ToBytes(file.base64),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      }
    });
  const exportJudgeFile = (judgeId: number) =>
    run(async () => {
      const file = await call('judgeFiles.export', { judgeId });
      downloadFile(file.fileName, file.content, 'application/json');
      setFiles(await call('judgeFiles.status', {}));
    });
  const edit = (what: 'seats' | 'officials' | null) => {
    setErrors([]);
    setEditing(what);
  };
  const saveSeats = (seats: Array<{ judgeId: number; seat: number }>) => {
    run(
      async () => {
        const done = await call('panel.setSeats', { track: code, seats });
        setPanel(done.panel);
        setFiles(await call('judgeFiles.status', {}));
        const stale = (lang: 'zh-CN' | 'en') =>
          joinList(
            lang,
            done.staleJudgeFiles.map((j) => seatedName(j, lang)),
          );
        setNotice(
          done.staleJudgeFiles.length > 0
            ? {
                code: 'seating.staleAfterSeats',
                params: { judges: { zh: stale('zh-CN'), en: stale('en') } },
              }
            : { code: 'seating.seatsSaved' },
        );
        setEditing(null);
      },
      { busy: true },
    );
  };
  const saveOfficials = async (choice: OfficialsAnswer, confirmJoin = false): Promise<void> => {
    let joining: AppError[] = [];
    await run(
      async () => {
        setPanel(await call('panel.setOfficials', { track: code, ...choice, confirmJoin }));
        setEditing(null);
        await load();
      },
      {
        busy: true,
        answer: (problems) => {
          if (confirmJoin || !problems.every((p) => p.code === 'judge.joinsScoredPanel'))
            return false;
          joining = problems;
          return true;
        },
      },
    );
    if (joining.length === 0) return;
    // A head judge who starts scoring joins a panel that has marks: asked, as any joining judge.
    setEditing(null);
    const yes = await ask({
      title: t('judge.joinConfirmTitle'),
      body: joining.map((p) => <p key={p.code}>{explain(p)}</p>),
      confirmLabel: t('judge.joinConfirmAction'),
    });
    if (yes) await saveOfficials(choice, true);
  };

  return (
    <div className="panel-page">
      <div className="page-header">
        <div>
          <h1>{t('panels.title', { track: trackName })}</h1>
          <p className="muted">{t('panels.judges', { count: panel?.members.length ?? 0 })}</p>
        </div>
        <div className="actions no-print">
          <button
            type="button"
            onClick={() =>
              run(async () => setRecusals(await call('recusals.suggest', { track: code })))
            }
          >
            {t('panels.suggest')}
          </button>
          <a className="button" href={routeHash({ page: 'panelList' })}>
            {t('seating.printList')}
          </a>
          {/* The order and the sheets print from their own page: this one holds the recusals,
              which are confidential and must not reach the wall with the running order. */}
          <a className="button" href={routeHash({ page: 'print', track: code, kind: 'order' })}>
            {t('panels.printOrder')}
          </a>
          <a className="button" href={routeHash({ page: 'print', track: code, kind: 'sheets' })}>
            {t('print.printSheets')}
          </a>
        </div>
      </div>
      {editing === null && <ErrorList errors={errors} />}
      {notice && (
        <p className="notice" role="status">
          {explain(notice)}
        </p>
      )}
      {dialog}
      <RecusalDialog
        question={
          question && {
            ...question,
            judge: {
              ...question.judge,
              name: seatedName(
                { name: question.judge.name, seat: member(question.judge.id)?.seat ?? null },
                language,
              ),
            },
          }
        }
        busy={busy}
        onConfirm={answer}
        onCancel={() => setQuestion(null)}
      />
      {panel && (
        <>
          <SeatsDialog
            open={editing === 'seats'}
            track={trackName}
            panel={panel}
            busy={busy}
            errors={errors}
            onSave={saveSeats}
            onCancel={() => edit(null)}
          />
          <OfficialsDialog
            open={editing === 'officials'}
            track={trackName}
            panel={panel}
            judges={judges}
            busy={busy}
            errors={errors}
            onSave={(choice) => saveOfficials(choice)}
            onCancel={() => edit(null)}
          />
        </>
      )}
      <div className="panel-top">
        <DrawPanel track={code} onDrawn={load} />
        {panel && (
          <SeatingSection
            panel={panel}
            files={files}
            onEditSeats={() => edit('seats')}
            onEditOfficials={() => edit('officials')}
            onJudgeFile={exportJudgeFile}
            onPaperSheet={exportPaperSheet}
          />
        )}
      </div>
      {panel && panel.members.length === 0 && <p className="muted">{t('panels.noJudges')}</p>}
      {panel && panel.members.length > 0 && (
        <section className="panel-grid no-print" aria-label={t('panels.grid')}>
          <p className="muted small no-print">{t('panels.gridHint')}</p>
          <RecusalGrid
            panel={panel}
            entries={entries}
            recusal={recusal}
            reasonText={reasonText}
            onToggle={toggle}
          />
          <RecusalList
            panel={panel}
            entries={entries}
            recusals={recusals}
            reasonText={reasonText}
          />
        </section>
      )}
    </div>
  );
}
