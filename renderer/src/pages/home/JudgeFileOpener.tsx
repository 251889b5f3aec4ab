import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { FilePicker } from '../../components/FilePicker';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';

/**
 * A judge's way in, apart from the organizer's: one button. The judge file becomes the judge's
 * own store, opened on the sheet.
 */
export function JudgeFileOpener() {
  const { t } = useI18n();
  const { setCurrent } = useCompetition();
  const [errors, setErrors] = useState<AppError[]>([]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setErrors([]);
    try {
      await call('judgeFiles.open', { file: { name: file.name, content: await file.text() } });
      setCurrent(await call('competitions.current', {}));
      navigate({ page: 'competition' });
    } catch (error) {
      setErrors(toErrors(error));
    }
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
