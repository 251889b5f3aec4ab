import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useCompetition } from '../../CompetitionContext';
import { ErrorList, toErrors } from '../../components/ErrorList';
import { useI18n } from '../../i18n/I18nProvider';
import { navigate } from '../../router';

/** A judge's way in: the judge file becomes the judge's own store, opened on the sheet. */
export function JudgeFileOpener() {
  const { t } = useI18n();
  const { setCurrent } = useCompetition();
  const [errors, setErrors] = useState<AppError[]>([]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      await call('judgeFiles.open', { file: { name: file.name, content: await file.text() } });
      setCurrent(await call('competitions.current', {}));
      navigate({ page: 'competition' });
    } catch (error) {
      setErrors(toErrors(error));
    }
  };

  return (
    <div className="judge-file">
      <label className="field wide">
        <span className="field-label">
          {t('home.openJudgeFile')} <span className="field-hint">{t('home.judgeFileHint')}</span>
        </span>
        <input
          type="file"
          accept=".scoredesk-judge,.json"
          onChange={(e) => open(e.target.files?.[0])}
        />
      </label>
      <ErrorList errors={errors} />
    </div>
  );
}
