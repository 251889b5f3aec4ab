import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Language } from '../../../shared/api/app';
import type { LocalizedText } from '../../../shared/domain/text';
import type { AppError, MessageParam } from '../../../shared/errors';
import { type MessageKey, translate } from '../../../shared/i18n/catalog';
import { joinList } from '../../../shared/i18n/lists';

// The judges' page has no settings call of its own (the hall serves no organizer's call): the
// language is the device's, kept in its own origin's localStorage; Chinese unless the judge
// switched or the browser asks for English first.

const KEPT = 'scoredesk-judge-language';

interface JudgeI18n {
  language: Language;
  t: (key: MessageKey, params?: Record<string, MessageParam>) => string;
  pick: (text: LocalizedText) => string;
  explain: (error: AppError) => string;
  list: (items: readonly string[]) => string;
  setLanguage: (language: Language) => void;
}

const Context = createContext<JudgeI18n | null>(null);

function firstLanguage(): Language {
  const kept = localStorage.getItem(KEPT);
  if (kept === 'zh-CN' || kept === 'en') return kept;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function JudgeI18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(firstLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, 'app.name')} · ${translate(language, 'judgePage.title')}`;
  }, [language]);
  const value = useMemo<JudgeI18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      pick: (text) => (language === 'zh-CN' ? text.zh : text.en),
      explain: (error) => translate(language, error.code as MessageKey, error.params),
      list: (items) => joinList(language, items),
      setLanguage: (next) => {
        localStorage.setItem(KEPT, next);
        setLanguage(next);
      },
    }),
    [language],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useJudgeI18n(): JudgeI18n {
  const context = useContext(Context);
  if (!context) throw new Error('useJudgeI18n outside JudgeI18nProvider');
  return context;
}
