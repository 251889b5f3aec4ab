import type { ReactNode } from 'react';
import type { MergeFileSummary } from '../../../../shared/api/judging';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';

/** One line per file merged: who it was from, what it did, or why it was refused. */
export function MergeSummaryTable<T extends MergeFileSummary>(props: {
  summary: T[];
  details?: (file: T) => ReactNode;
}) {
  const { t, explain } = useI18n();
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
        {props.summary.map((file, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be chosen twice
          <tr key={index} data-status={file.status}>
            <td>{file.name}</td>
            <td>{file.judge ?? ''}</td>
            <td className={`status-${file.status}`}>{t(`mergeScreen.status.${file.status}`)}</td>
            <td>
              {file.reason
                ? explain({
                    code: file.reason.code as MessageKey,
                    params: file.reason.params as never,
                  })
                : [
                    t('mergeScreen.applied', { count: file.applied }),
                    t('mergeScreen.unchanged', { count: file.unchanged }),
                    file.older > 0 ? t('mergeScreen.older', { count: file.older }) : '',
                    file.conflicts > 0 ? t('mergeScreen.conflicts', { count: file.conflicts }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
              {props.details?.(file)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
