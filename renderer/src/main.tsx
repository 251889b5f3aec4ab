import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Before any screen's own sheet, so a screen's rule wins over the shared one it refines.
import './styles/tokens.css';
import './styles/base.css';
import { App } from './App';
import { CompetitionProvider } from './CompetitionContext';
import { I18nProvider } from './i18n/I18nProvider';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <CompetitionProvider>
        <App />
      </CompetitionProvider>
    </I18nProvider>
  </StrictMode>,
);
