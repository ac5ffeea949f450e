// First: starts the settings read, the unlock and the start screen's fetch (see boot.ts).
import { booted } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { rememberedLanguage, setLanguage, t } from './i18n';
// Devanagari from the app's own files (no system font needed); only the Devanagari subset, so
// Latin text keeps the system face. Bundled by vite and allowed by the CSP's font-src 'self'.
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-700.css';
import './styles.css';

// Before the first paint: the language the last session chose (settings confirm it once loaded).
setLanguage(rememberedLanguage());

const root = document.getElementById('root')!;
if (!window.fielddesk) {
  root.textContent = t('app.bridgeMissing');
} else {
  // Ask the browser not to evict our IndexedDB under storage pressure: it holds unsent money.
  void navigator.storage?.persist?.().catch(() => undefined);
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  // Only a page that set the test switch waits for the harness check; the app renders at once.
  if (window.__FIELDDESK_PLAINTEXT_FOR_TESTS__ === true) void booted.finally(render);
  else render();
}
