import { useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { FileList, type LineActions } from './FileList';

/**
 * The organizer's competitions: recently opened, in the data folder, archived (out of the way,
 * restorable), and any file by its path.
 */
export function CompetitionFiles(
  props: {
    files: CallOutput<'competitions.list'> | null;
    onOpen: (path: string) => void;
  } & Required<Pick<LineActions, 'onRename' | 'onArchive' | 'onRestore'>>,
) {
  const { t } = useI18n();
  const [path, setPath] = useState('');
  const { files, onOpen, onRename, onArchive, onRestore } = props;
  return (
    <>
      {files && files.recent.length > 0 && (
        <FileList
          id="recent"
          title={t('home.recent')}
          files={files.recent}
          time="opened"
          onOpen={onOpen}
          onRename={onRename}
          onArchive={onArchive}
        />
      )}
      {files && (
        <FileList
          id="data-folder"
          title={t('home.inDataDir')}
          files={files.inDataDir}
          time="modified"
          onOpen={onOpen}
          onRename={onRename}
          onArchive={onArchive}
        />
      )}
      <form
        className="open-path"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim()) onOpen(path.trim());
        }}
      >
        <label className="field wide">
          <span className="field-label">{t('home.openPath')}</span>
          <span className="inline">
            <input
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder={t('home.pathPlaceholder')}
            />
            <button type="submit">{t('home.openButton')}</button>
          </span>
        </label>
      </form>
      {files && files.archived.length > 0 && (
        <details className="home-archived">
          <summary>{t('home.archivedCount', { count: files.archived.length })}</summary>
          <FileList
            id="archived"
            title={t('home.archived')}
            files={files.archived}
            time="opened"
            onOpen={onOpen}
            onRename={onRename}
            onRestore={onRestore}
          />
        </details>
      )}
    </>
  );
}
