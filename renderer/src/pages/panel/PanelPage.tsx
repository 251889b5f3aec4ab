import { useCallback, useEffect, useState } from 'react';
import type { Entry, Judge, Recusal } from '../../../../shared/domain/people';
import { SAME_ORGANIZATION } from '../../../../shared/domain/recusalRules';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { base64ToBytes, downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { DrawPanel } from './DrawPanel';
import { RecusalDialog, type RecusalQuestion } from './RecusalDialog';

/** Who sits on a track's panel, who steps aside for whom, and the order of performance. */
export function PanelPage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [judges, setJudges] = useState<Judge[]>([]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [recusals, setRecusals] = useState<Recusal[]>([]);
  const [errors, setErrors] = useState<AppError[]>([]);
  const [question, setQuestion] = useState<RecusalQuestion | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
      setErrors([]);
    } catch (error) {
      setErrors(toErrors(error));
    }
  }, []);
  const load = useCallback(
    () =>
      run(async () => {
        const all = await call('judges.list', {});
        setJudges(all.filter((j) => j.tracks.includes(code)));
        setEntries(await call('entries.list', { track: code }));
        setRecusals(await call('recusals.list', { track: code }));
      }),
    [code, run],
  );
  useEffect(() => {
    load();
  }, [load]);

  if (!track) return <ErrorList errors={[{ code: 'track.notFound', params: { code } }]} />;
  const recusal = (judgeId: number, entryId: number) =>
    recusals.find((r) => r.judgeId === judgeId && r.entryId === entryId);
  const reasonText = (r: Recusal) =>
    r.source === 'auto' && r.reason === SAME_ORGANIZATION ? t('panels.sameOrganization') : r.reason;
  const toggle = (judge: Judge, entry: Entry) => {
    const existing = recusal(judge.id, entry.id);
    setQuestion({ judge, entry, existing, reasonText: existing ? reasonText(existing) : '' });
  };
  const answer = (reason: string) => {
    if (!question) return;
    setBusy(true);
    run(async () => {
      setRecusals(
        await call('recusals.set', {
          judgeId: question.judge.id,
          entryId: question.entry.id,
          recused: !question.existing,
          reason,
        }),
      );
    }).finally(() => {
      setBusy(false);
      setQuestion(null);
    });
  };
  const exportPaperSheet = (judge: Judge) =>
    run(async () => {
      const files = await call('paperSheets.export', { judgeId: judge.id, track: code });
      for (const file of files) {
        downloadFile(
          file.fileName,
          base64ToBytes(file.base64),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      }
    });
  const exportJudgeFile = (judge: Judge) =>
    run(async () => {
      const file = await call('judgeFiles.export', { judgeId: judge.id });
      downloadFile(file.fileName, file.content, 'application/json');
    });

  return (
    <div className="panel-page">
      <div className="page-header">
        <div>
          <h1>{t('panels.title', { track: pick(track.name) })}</h1>
          <p className="muted">{t('panels.judges', { count: judges.length })}</p>
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
          <button type="button" onClick={() => window.print()}>
            {t('panels.printOrder')}
          </button>
        </div>
      </div>
      <ErrorList errors={errors} />
      <RecusalDialog
        question={question}
        busy={busy}
        onConfirm={answer}
        onCancel={() => setQuestion(null)}
      />
      {judges.length === 0 && <p className="muted">{t('panels.noJudges')}</p>}
      <DrawPanel track={code} onDrawn={load} />
      <p className="muted small no-print">{t('panels.recusalHint')}</p>
      <table className="grid list panel-table">
        <thead>
          <tr>
            <th className="num">{t('panels.order')}</th>
            <th>{t('roster.no')}</th>
            <th>{t('results.name')}</th>
            <th>{t('roster.organization')}</th>
            {judges.map((judge) => (
              <th key={judge.id} className="judge-col">
                <span>{judge.name}</span>
                <button
                  type="button"
                  className="quiet small no-print"
                  onClick={() => exportJudgeFile(judge)}
                >
                  {t('panels.judgeFile')}
                </button>
                <button
                  type="button"
                  className="quiet small no-print"
                  onClick={() => exportPaperSheet(judge)}
                >
                  {t('paperSheet.export')}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-entry={entry.no}>
              <td className="num">{entry.drawOrder ?? ''}</td>
              <td>{entry.no}</td>
              <td>{entry.name}</td>
              <td>{entry.organization}</td>
              {judges.map((judge) => {
                const r = recusal(judge.id, entry.id);
                return (
                  <td
                    key={judge.id}
                    className="center"
                    title={
                      r &&
                      t(r.source === 'auto' ? 'panels.autoTitle' : 'panels.manualTitle', {
                        reason: reasonText(r),
                      })
                    }
                  >
                    <input
                      type="checkbox"
                      aria-label={`${t('panels.recusals')} ${judge.name} ${entry.no}`}
                      checked={!!r}
                      onChange={() => toggle(judge, entry)}
                    />
                    {r && (
                      <span className={`chip ${r.source}`}>
                        {t(r.source === 'auto' ? 'panels.auto' : 'panels.manual')}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
