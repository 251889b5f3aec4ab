import type { StoreFile } from '../../../../shared/api/competition';
import { useI18n } from '../../i18n/I18nProvider';

const DOT = ' · ';
const DASH = ' – ';

/** The file's own name, whichever system wrote the path. */
export const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

export interface LineActions {
  onRename?: (file: StoreFile) => void;
  onArchive?: (file: StoreFile) => void;
  onRestore?: (file: StoreFile) => void;
}

/**
 * Competition files to open, each told apart from one of the same name by its edition, venue,
 * dates, file name and when it was last opened (or, in the data folder, changed).
 */
export function FileList(
  props: {
    title: string;
    files: StoreFile[];
    onOpen: (path: string) => void;
    /** recent: the time is when it was last opened; folder: when the file last changed. */
    time: 'opened' | 'modified';
    id?: string;
  } & LineActions,
) {
  const { t, language } = useI18n();
  return (
    <div className="file-list" data-list={props.id}>
      <h3>{props.title}</h3>
      {props.files.length === 0 && <p className="muted">{t('home.none')}</p>}
      <ul>
        {props.files.map((file) => {
          const dates = [file.startDate, file.endDate].filter(Boolean).join(DASH);
          const details = [file.edition, file.venue, dates].filter(Boolean).join(DOT);
          const at = new Date(file.at).toLocaleString(language);
          const organizer = file.role !== 'judge';
          return (
            <li key={file.path} className="file-line" data-path={file.path}>
              <button
                type="button"
                className="file"
                onClick={() => props.onOpen(file.path)}
                title={file.path}
              >
                <span className="file-name">{file.name}</span>
                {details && <span className="file-details">{details}</span>}
                <span className="file-meta">
                  {t('home.lineFile', { file: fileNameOf(file.path) })}
                  {DOT}
                  {t(props.time === 'opened' ? 'home.lineOpened' : 'home.lineModified', { at })}
                </span>
              </button>
              {organizer && (
                // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form's fieldset
                <span
                  className="file-line-actions"
                  role="group"
                  aria-label={t('home.lineActions', { name: file.name })}
                >
                  {props.onRename && (
                    <button type="button" className="quiet" onClick={() => props.onRename?.(file)}>
                      {t('home.rename')}
                    </button>
                  )}
                  {props.onArchive && (
                    <button type="button" className="quiet" onClick={() => props.onArchive?.(file)}>
                      {t('home.archive')}
                    </button>
                  )}
                  {props.onRestore && (
                    <button type="button" className="quiet" onClick={() => props.onRestore?.(file)}>
                      {t('home.restore')}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
