import { useJudgeI18n } from './judgeI18n';

export function LanguageButton() {
  const { t, language, setLanguage } = useJudgeI18n();
  return (
    <button
      type="button"
      className="language"
      lang={language === 'zh-CN' ? 'en' : 'zh-CN'}
      onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
    >
      {t('language.switch')}
    </button>
  );
}
