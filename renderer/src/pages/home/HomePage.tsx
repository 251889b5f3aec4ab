import { useCallback, useEffect, useState } from 'react';
import type { StoreFile } from '../../../../shared/api/competition';
import type { CallOutput } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { DamagedStoreNotice } from '../backups/DamagedStoreNotice';
import { CompetitionFiles } from './CompetitionFiles';
import { CreateForm } from './CreateForm';
import { JudgeFileOpener } from './JudgeFileOpener';
import { RenameDialog } from './RenameDialog';
import './HomePage.css';
import { useCall } from '../../useCall';

/**
 * Where everyone starts: the judge's one button (open the judge file), apart from the
 * organizer's area (create from a template, or open a competition file).
 */
export function HomePage() {
  const { t, language } = useI18n();
  const { setCurrent } = useCompetition();
  const [files, setFiles] = useState<CallOutput<'competitions.list'> | null>(null);
  const [info, setInfo] = useState<CallOutput<'app.info'> | null>(null);
  const { errors, setErrors, run } = useCall();
  const [notice, setNotice] = useState('');
  const [renaming, setRenaming] = useState<StoreFile | null>(null);

  const reload = useCallback(
    () => run(async () => setFiles(await call('competitions.list', {}))),
    [run],
  );
  useEffect(() => {
    reload();
    call('app.info', {}).then(setInfo, () => undefined);
  }, [reload]);

  const open = async (target: string) => {
    await run(async () => {
      setCurrent(await call('competitions.open', { path: target }));
      navigate({ page: 'competition' });
    });
  };

  const act = async (work: () => Promise<unknown>, done: string) => {
    await run(async () => {
      await work();
      setNotice(done);
      await reload();
    });
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
