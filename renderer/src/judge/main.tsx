import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import './judge.css';
import { JudgeApp } from './JudgeApp';
import { JudgeI18nProvider } from './judgeI18n';

// The judges' page (judge.html), served by the hall network on /judge: its own small tree,
// nothing of the organizer's app (no settings, no organizer calls, no router).
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <JudgeI18nProvider>
      <JudgeApp />
    </JudgeI18nProvider>
  </StrictMode>,
);
