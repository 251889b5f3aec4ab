import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Language } from '../../../shared/api/app';
import type { LocalizedText } from '../../../shared/domain/text';
import type { AppError, MessageParam } from '../../../shared/errors';
import { type MessageKey, translate } from '../../../shared/i18n/catalog';
import { joinList } from '../../../shared/i18n/lists';
import { call } from '../api/client';

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: Record<string, MessageParam>) => string;
  /** The user's side of a bilingual name. */
  pick: (text: LocalizedText) => string;
  explain: (error: AppError) => string;
  /** Items in running text, with the language's separator. */
  list: (items: readonly string[]) => string;
  setLanguage: (language: Language) => Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>('zh-CN');

  useEffect(() => {
    call('settings.get', {})
      .then((settings) => setLanguageState(settings.language))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, 'app.name')} ScoreDesk`;
  }, [language]);

  const setLanguage = useCallback(async (next: Language) => {
    setLanguageState(next);
    await call('settings.update', { language: next });
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      pick: (text) => (language === 'zh-CN' ? text.zh : text.en),
      explain: (error) => translate(language, error.code, error.params),
      list: (items) => joinList(language, items),
      setLanguage,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
