// The display-only token comes in the address (?token=…), which the API client reads and
// takes out of the address bar, as on the head table's own page.
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
