import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { FileDetail } from './MergeSummaryTable';

type Line = CallOutput<'mergeHistory.list'>[number];

/** Every earlier merge, kept in the competition's file: still there after leaving or a restart. */
export function MergeHistory({ generation }: { generation: number }) {
  const { t, language } = useI18n();
  const [lines, setLines] = useState<Line[]>([]);
  const { errors, run } = useCall();
  useEffect(() => {
    if (generation >= 0) run(async () => setLines(await call('mergeHistory.list', {})));
  }, [run, generation]);

  const batches = new Map<number, Line[]>();
  for (const line of lines) batches.set(line.batch, [...(batches.get(line.batch) ?? []), line]);
  return (
    <section className="card merge-history" aria-labelledby="merge-history-title">
      <h2 id="merge-history-title">{t('mergeScreen.history')}</h2>
      <ErrorList errors={errors} />
      {lines.length === 0 && <p className="muted">{t('mergeScreen.historyEmpty')}</p>}
      {[...batches.entries()].map(([batch, files]) => (
        <div key={batch} className="merge-batch" data-batch={batch}>
          <h3>
            {t('mergeScreen.historyBatch', {
              time: new Date(files[0]!.mergedAt).toLocaleString(language),
              count: files.length,
            })}
          </h3>
          <table className="grid merge-history-table">
            <thead>
              <tr>
                <th>{t('mergeScreen.file')}</th>
                <th>{t('mergeScreen.judge')}</th>
                <th>{t('mergeScreen.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {files.map((file, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same file may come twice in a merge
                <tr key={index} data-outcome={file.outcome}>
                  <td className="merge-file">{file.fileName}</td>
                  <td className="merge-judge">{file.judge ?? ''}</td>
                  <td
                    className={`merge-outcome status-${file.outcome === 'refused' ? 'refused' : file.outcome === 'merged' ? 'applied' : 'unchanged'}`}
                  >
                    {t(`mergeScreen.outcome.${file.outcome}`)}
                  </td>
                  <td className="merge-detail">
                    <FileDetail file={file} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
