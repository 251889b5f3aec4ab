import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../shared/api/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { DamagedStoreNotice } from '../backups/DamagedStoreNotice';
import { CreateForm } from './CreateForm';
import { FileList } from './FileList';
import { JudgeFileOpener } from './JudgeFileOpener';

/** Where an organizer starts: create from a template, or open a competition file. */
export function HomePage() {
  const { t, language } = useI18n();
  const { setCurrent } = useCompetition();
  const [files, setFiles] = useState<CallOutput<'competitions.list'> | null>(null);
  const [info, setInfo] = useState<CallOutput<'app.info'> | null>(null);
  const [path, setPath] = useState('');
  const [errors, setErrors] = useState<AppError[]>([]);

  useEffect(() => {
    call('competitions.list', {}).then(setFiles, (e) => setErrors(toErrors(e)));
    call('app.info', {}).then(setInfo, () => undefined);
  }, []);

  const open = async (target: string) => {
    setErrors([]);
    try {
      setCurrent(await call('competitions.open', { path: target }));
      navigate({ page: 'competition' });
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
      <ErrorList errors={errors} />
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
          <h2 id="create-title">{t('home.create')}</h2>
          <CreateForm />
        </section>
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t('home.open')}</h2>
          {files && files.recent.length > 0 && (
            <FileList title={t('home.recent')} files={files.recent} onOpen={open} />
          )}
          {files && <FileList title={t('home.inDataDir')} files={files.inDataDir} onOpen={open} />}
          <form
            className="open-path"
            onSubmit={(event) => {
              event.preventDefault();
              if (path.trim()) open(path.trim());
            }}
          >
            <label className="field wide">
              <span className="field-label">{t('home.openPath')}</span>
              <span className="inline">
                <input
                  value={path}
                  onChange={(e) => setPath(e.target.value)}
                  placeholder="D:\评分台\赛事.scoredesk"
                />
                <button type="submit">{t('home.openButton')}</button>
              </span>
            </label>
          </form>
          <JudgeFileOpener />
          {info && <p className="muted small">{t('home.dataDir', { dir: info.dataDir })}</p>}
        </section>
      </div>
    </div>
  );
}
