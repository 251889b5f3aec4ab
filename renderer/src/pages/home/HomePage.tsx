import { useCallback, useEffect, useState } from 'react';
import type { StoreFile } from '../../../../shared/api/competition';
import type { CallOutput } from '../../../../shared/api/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { DamagedStoreNotice } from '../backups/DamagedStoreNotice';
import { CompetitionFiles } from './CompetitionFiles';
import { CreateForm } from './CreateForm';
import { JudgeFileOpener } from './JudgeFileOpener';
import { RenameDialog } from './RenameDialog';
import './HomePage.css';

/**
 * Where everyone starts: the judge's one button (open the judge file), apart from the
 * organizer's area (create from a template, or open a competition file).
 */
export function HomePage() {
  const { t, language } = useI18n();
  const { setCurrent } = useCompetition();
  const [files, setFiles] = useState<CallOutput<'competitions.list'> | null>(null);
  const [info, setInfo] = useState<CallOutput<'app.info'> | null>(null);
  const [errors, setErrors] = useState<AppError[]>([]);
  const [notice, setNotice] = useState('');
  const [renaming, setRenaming] = useState<StoreFile | null>(null);

  const reload = useCallback(
    () => call('competitions.list', {}).then(setFiles, (e) => setErrors(toErrors(e))),
    [],
  );
  useEffect(() => {
    reload();
    call('app.info', {}).then(setInfo, () => undefined);
  }, [reload]);

  const open = async (target: string) => {
    setErrors([]);
    try {
      setCurrent(await call('competitions.open', { path: target }));
      navigate({ page: 'competition' });
    } catch (error) {
      setErrors(toErrors(error));
    }
  };

  const act = async (work: () => Promise<unknown>, done: string) => {
    setErrors([]);
    try {
      await work();
      setNotice(done);
      await reload();
    } catch (error) {
      setErrors(toErrors(error));
    }
  };

  return (
    <div className="home">
      <header className="home-header">
        <div>
          <h1>
            {t('app.name')}
            {language === 'zh-CN' && <span className="brand-en">ScoreDesk</span>}
          </h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <JudgeFileOpener />
      <section className="home-organizer" aria-labelledby="organizer-area-title">
        <div className="home-area-heading">
          <h2 id="organizer-area-title">{t('home.organizerArea')}</h2>
          <p className="muted">{t('home.organizerAreaHint')}</p>
        </div>
        <ErrorList errors={errors} />
        {notice && (
          <p className="home-notice" role="status">
            {notice}
          </p>
        )}
        <DamagedStoreNotice
          errors={errors}
          onRestored={(opened) => {
            setErrors([]);
            setCurrent(opened);
            navigate({ page: 'competition' });
          }}
        />
        <div className="home-columns">
          <section className="card" aria-labelledby="create-title">
            <h3 id="create-title">{t('home.create')}</h3>
            <CreateForm
              onOpenExisting={async (path, archived) => {
                if (archived) await call('competitions.restore', { path });
                await open(path);
              }}
            />
          </section>
          <section className="card" aria-labelledby="open-title">
            <h3 id="open-title">{t('home.open')}</h3>
            <CompetitionFiles
              files={files}
              onOpen={open}
              onRename={setRenaming}
              onArchive={(file) =>
                act(
                  () => call('competitions.archive', { path: file.path }),
                  t('home.archivedDone', { name: file.name }),
                )
              }
              onRestore={(file) => act(() => call('competitions.restore', { path: file.path }), '')}
            />
            {info && <p className="muted small">{t('home.dataDir', { dir: info.dataDir })}</p>}
          </section>
        </div>
      </section>
      {/* Mounted only while open: a closed dialog's field would still answer to its label. */}
      {renaming && (
        <RenameDialog
          file={renaming}
          onCancel={() => setRenaming(null)}
          onRenamed={(renamed) => {
            setRenaming(null);
            setNotice(
              renamed.issuedJudgeFiles > 0
                ? t('home.renamedStale', { name: renamed.name, count: renamed.issuedJudgeFiles })
                : t('home.renamed', { name: renamed.name }),
            );
            reload();
          }}
        />
      )}
    </div>
  );
}
