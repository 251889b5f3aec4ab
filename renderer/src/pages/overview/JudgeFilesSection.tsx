import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { downloadFile } from '../../download';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';

type Status = CallOutput<'judgeFiles.status'>[number];

/**
 * Which judges hold a judge file that still says it all, and which must be handed a new one
 * after a change of roster, recusals or rubric. A new file opens into the judge's sheet, marks
 * kept, so re-issuing costs the judge nothing.
 */
export function JudgeFilesSection() {
  const { t, pick, language, list } = useI18n();
  const { current } = useCompetition();
  const [rows, setRows] = useState<Status[]>([]);
  const { errors, run } = useCall();
  const trackName = (code: string) => {
    const track = current!.competition.tracks.find((tr) => tr.code === code);
    return track ? pick(track.name) : code;
  };

  const reload = useCallback(
    () => run(async () => setRows(await call('judgeFiles.status', {}))),
    [run],
  );
  useEffect(() => {
    reload();
  }, [reload]);

  const issue = (row: Status) =>
    run(async () => {
      const file = await call('judgeFiles.export', { judgeId: row.judgeId });
      downloadFile(file.fileName, file.content, 'application/json');
      setRows(await call('judgeFiles.status', {}));
    });

  if (rows.length === 0 && errors.length === 0) return null;
  const stale = rows.filter((r) => r.status === 'stale').length;
  const never = rows.filter((r) => r.status === 'never').length;
  return (
    <section className="judge-files" aria-labelledby="judge-files-title">
      <h2 id="judge-files-title">{t('judgeFileStatus.title')}</h2>
      <p className="muted small">
        {stale + never === 0
          ? t('judgeFileStatus.allCurrent', { count: rows.length })
          : t('judgeFileStatus.summary', { stale, never, count: rows.length })}
      </p>
      <ErrorList errors={errors} />
      <table className="grid list judge-files-table">
        <thead>
          <tr>
            <th>{t('judgeFileStatus.judge')}</th>
            <th>{t('judgeFileStatus.tracks')}</th>
            <th>{t('judgeFileStatus.state')}</th>
            <th>{t('judgeFileStatus.issued')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.judgeId} data-judge={row.judge} className={`judge-file-${row.status}`}>
              <td>{row.judge}</td>
              <td>{list(row.tracks.map(trackName))}</td>
              <td>
                <span
                  className={`badge ${row.status === 'current' ? 'ok' : 'warn'}`}
                  data-status={row.status}
                >
                  {t(`judgeFileStatus.${row.status}`)}
                </span>
                {row.changed.map((c) => (
                  <span key={c} className="small muted">
                    {' '}
                    {t(`judgeFileStatus.changed.${c}`)}
                  </span>
                ))}
              </td>
              <td className="small">
                {row.issuedAt
                  ? t('judgeFileStatus.issuedAt', {
                      at: new Date(row.issuedAt).toLocaleString(language),
                      times: row.times,
                    })
                  : '—'}
              </td>
              <td>
                <button
                  type="button"
                  className={row.status === 'current' ? '' : 'primary'}
                  onClick={() => issue(row)}
                >
                  {t(row.status === 'never' ? 'judgeFileStatus.issue' : 'judgeFileStatus.reissue')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {stale > 0 && <p className="small muted">{t('judgeFileStatus.howTo')}</p>}
    </section>
  );
}
