// The app proper, loaded by main.tsx once the start screen's chunk is already on its way.
// First: starts the settings read and the unlock (see boot.ts).
import { booted } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { rememberedLanguage, setLanguage, t } from './i18n';

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
