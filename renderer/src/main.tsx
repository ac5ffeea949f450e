import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { t } from './i18n';
import './styles.css';

const root = document.getElementById('root')!;
if (!window.fielddesk) {
  root.textContent = t('app.bridgeMissing');
} else {
  // Ask the browser not to evict our IndexedDB under storage pressure: it holds unsent money.
  void navigator.storage?.persist?.().catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
