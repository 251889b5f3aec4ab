import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CompetitionProvider } from './CompetitionContext';
import { I18nProvider } from './i18n/I18nProvider';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <CompetitionProvider>
        <App />
      </CompetitionProvider>
    </I18nProvider>
  </StrictMode>,
);
