// The display token first: the API client reads it as it loads.
import './displayToken';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './screenTokens.css';
import './screen.css';
import { ScreenApp } from './ScreenApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ScreenApp />
  </StrictMode>,
);
