import { useI18n } from '../i18n/I18nProvider';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <button
      type="button"
      className="language-switch"
      lang={language === 'zh-CN' ? 'en' : 'zh-CN'}
      onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}
    >
      {t('language.switch')}
    </button>
  );
}
