import type { StoreFile } from '../../../../shared/api/competition';
import { useI18n } from '../../i18n/I18nProvider';

export function FileList(props: {
  title: string;
  files: StoreFile[];
  onOpen: (path: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <div className="file-list">
      <h3>{props.title}</h3>
      {props.files.length === 0 && <p className="muted">{t('home.none')}</p>}
      <ul>
        {props.files.map((file) => (
          <li key={file.path}>
            <button
              type="button"
              className="file"
              onClick={() => props.onOpen(file.path)}
              title={file.path}
            >
              <span className="file-name">{file.name}</span>
              <span className="file-meta">
                {new Date(file.at).toLocaleString(language)} · {file.path}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
