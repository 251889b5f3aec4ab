import type { ReactNode } from 'react';
import type { MergeFileSummary } from '../../../../shared/api/judging';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { mergeOutcome } from '../../../../shared/merge/mergeOutcome';
import { useI18n } from '../../i18n/I18nProvider';
import './MergePage.css';

/** One line per file merged: who it was from, what came of it, or why it was refused. */
export function MergeSummaryTable<T extends MergeFileSummary>(props: {
  summary: T[];
  details?: (file: T) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <table className="grid merge-summary">
      <thead>
        <tr>
          <th>{t('mergeScreen.file')}</th>
          <th>{t('mergeScreen.judge')}</th>
          <th>{t('mergeScreen.status')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.summary.map((file, index) => {
          const outcome = mergeOutcome({ ...file, refused: file.status === 'refused' });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be chosen twice
            <tr key={index} data-status={file.status} data-outcome={outcome}>
              <td className="merge-file">{file.name}</td>
              <td className="merge-judge">{file.judge ?? ''}</td>
              <td className={`merge-outcome status-${file.status}`}>
                {t(`mergeScreen.outcome.${outcome}`)}
              </td>
              <td className="merge-detail">
                <FileDetail file={file} />
                {props.details?.(file)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What a file did, in counts, or the reason it was refused in the reader's language. */
export function FileDetail({
  file,
}: {
  file: Omit<MergeFileSummary, 'name' | 'judge' | 'status'>;
}) {
  const { t, explain } = useI18n();
  if (file.reason) {
    return (
      <>{explain({ code: file.reason.code as MessageKey, params: file.reason.params as never })}</>
    );
  }
  return (
    <>
      {[
        t('mergeScreen.applied', { count: file.applied }),
        t('mergeScreen.unchanged', { count: file.unchanged }),
        file.older > 0 ? t('mergeScreen.older', { count: file.older }) : '',
        file.conflicts > 0 ? t('mergeScreen.conflicts', { count: file.conflicts }) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    </>
  );
}
