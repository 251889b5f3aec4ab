import { useCallback, useEffect, useState } from 'react';
import type { Entry, Judge, Recusal } from '../../../../shared/domain/people';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { base64ToBytes, downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { DrawPanel } from './DrawPanel';

/** Who sits on a track's panel, who steps aside for whom, and the order of performance. */
export function PanelPage({ code }: { code: string }) {
  const { t, pick } = useI18n();
  const { current } = useCompetition();
  const track = current!.competition.tracks.find((x) => x.code === code);
  const [judges, setJudges] = useState<Judge[]>([]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [recusals, setRecusals] = useState<Recusal[]>([]);
  const [errors, setErrors] = useState<AppError[]>([]);

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
  const toggle = (judge: Judge, entry: Entry) =>
    run(async () => {
      const existing = recusal(judge.id, entry.id);
      const reason = existing ? '' : (window.prompt(t('panels.reasonPrompt'), '') ?? '');
      setRecusals(
        await call('recusals.set', {
          judgeId: judge.id,
          entryId: entry.id,
          recused: !existing,
          reason,
        }),
      );
    });
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
                  <td key={judge.id} className="center" title={r?.reason}>
                    <input
                      type="checkbox"
                      aria-label={`${t('panels.recusals')} ${judge.name} ${entry.no}`}
                      checked={!!r}
                      onChange={() => toggle(judge, entry)}
                    />
                    {r?.source === 'auto' && <span className="chip">auto</span>}
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
