import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList } from '../../components/ErrorList';
import { FilePicker } from '../../components/FilePicker';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';
import { useCall } from '../../useCall';

/**
 * A judge's way in, apart from the organizer's: one button. The judge file becomes the judge's
 * own store, opened on the sheet.
 */
export function JudgeFileOpener() {
  const { t } = useI18n();
  const { setCurrent } = useCompetition();
  const { errors, setErrors, run } = useCall();

  const open = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    await run(async () => {
      await call('judgeFiles.open', { file: { name: file.name, content: await file.text() } });
      setCurrent(await call('competitions.current', {}));
      navigate({ page: 'competition' });
    });
  };

  return (
    <section className="card home-judge" aria-labelledby="judge-area-title">
      <div className="home-judge-text">
        <h2 id="judge-area-title">{t('home.judgeArea')}</h2>
        <p className="muted">{t('home.judgeAreaHint')}</p>
      </div>
      <div className="home-judge-action">
        <FilePicker
          label={t('home.openJudgeFile')}
          button={t('home.judgeFileButton')}
          accept=".scoredesk-judge,.json"
          primary
          large
          onFiles={(files) => open(files[0])}
        />
        <ErrorList errors={errors} />
      </div>
    </section>
  );
}
