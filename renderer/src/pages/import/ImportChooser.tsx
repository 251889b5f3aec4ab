import type { AppError } from '../../../../shared/errors';
import { MAX_IMPORT_MB } from '../../../../shared/roster/importLimits';
import { FilePicker } from '../../components/FilePicker';
import { useI18n } from '../../i18n/I18nProvider';
import { readFileBase64 } from '../../readFileBase64';

export interface ChosenFile {
  name: string;
  base64: string;
}

/**
 * The top of an import page: what it imports, the way back, and the one file to choose. A file
 * over the limit is refused here, by name, before it is read.
 */
export function ImportChooser(props: {
  title: string;
  intro: string;
  back: string;
  backLabel: string;
  busy: boolean;
  onChoose: (file: ChosenFile) => void;
  onRefuse: (errors: AppError[]) => void;
}) {
  const { t } = useI18n();
  const choose = async (files: File[]) => {
    const chosen = files[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_MB * 1024 * 1024) {
      const params = { file: chosen.name, size: chosen.size, max: MAX_IMPORT_MB };
      return props.onRefuse([{ code: 'import.tooLarge', params }]);
    }
    props.onChoose({ name: chosen.name, base64: await readFileBase64(chosen) });
  };
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{props.title}</h1>
          <p className="muted">{props.intro}</p>
        </div>
        <a className="button" href={props.back}>
          {props.backLabel}
        </a>
      </div>
      <div className="card import-choose">
        <FilePicker
          label={t('import.chooseFile')}
          accept=".xlsx,.xls,.csv"
          primary
          onFiles={choose}
        />
        {props.busy && <span className="muted">{t('import.reading')}</span>}
      </div>
    </>
  );
}

/** Which file, sheet and header row the preview read, and how many rows: the same for every import. */
export function ImportFileInfo(props: {
  preview: { file: string; sheet: string; headerRow: number; rowCount: number };
}) {
  const { t } = useI18n();
  const { file, sheet, headerRow, rowCount } = props.preview;
  return (
    <p className="muted">
      {t('import.fileInfo', { file, sheet, row: headerRow, count: rowCount })}
    </p>
  );
}
