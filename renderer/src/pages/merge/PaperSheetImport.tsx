import { useState } from 'react';
import type { PaperSheetImportSummary } from '../../../../shared/api/paperSheets';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { call } from '../../api/client';
import { ErrorList } from '../../components/ErrorList';
import { FilePicker } from '../../components/FilePicker';
import { useI18n } from '../../i18n/I18nProvider';
import { useCall } from '../../useCall';
import { MergeSummaryTable } from './MergeSummaryTable';

/** Reads a chosen file as base64 (an .xlsx is binary). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The judges' filled-in paper score sheets (Excel), with every refused cell listed. */
export function PaperSheetImport({ onImported }: { onImported: () => void }) {
  const { t, explain } = useI18n();
  const [summary, setSummary] = useState<PaperSheetImportSummary[]>([]);
  const { errors, run } = useCall();

  const choose = async (list: readonly File[] | null) => {
    if (!list || list.length === 0) return;
    await run(async () => {
      const files = await Promise.all(
        [...list].map(async (file) => ({ name: file.name, base64: await toBase64(file) })),
      );
      setSummary(await call('paperSheets.import', { files }));
      onImported();
    });
  };
  const say = (code: string, params?: Record<string, unknown>) =>
    explain({ code: code as MessageKey, params: params as never });

  return (
    <section className="card paper-sheet-import">
      <div className="drop-zone">
        <FilePicker
          label={t('paperSheet.import')}
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFiles={choose}
        />
        <span className="muted small">{t('paperSheet.importHint')}</span>
      </div>
      <ErrorList errors={errors} />
      {summary.length > 0 && (
        <>
          <h2>{t('paperSheet.summary')}</h2>
          <MergeSummaryTable
            summary={summary}
            details={(file) =>
              file.cellErrors.length > 0 && (
                <ul className="paper-sheet-errors" aria-label={t('paperSheet.cellErrorList')}>
                  {file.cellErrors.map((error) => (
                    <li key={error.cell + error.code}>{say(error.code, error.params)}</li>
                  ))}
                  {file.moreErrors > 0 && (
                    <li>{say('paperSheet.moreErrors', { count: file.moreErrors })}</li>
                  )}
                </ul>
              )
            }
          />
        </>
      )}
    </section>
  );
}
