import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerFeatureOutboxKinds } from './features/outbox-kinds';
import { t } from './i18n';
import { useSettingsStore } from './stores/settings';
import { outboxKinds } from './sync/kinds';
import './styles.css';

const root = document.getElementById('root')!;
if (!window.fielddesk) {
  root.textContent = t('app.bridgeMissing');
} else {
  // Before the sync engine's first pass: it learns every outbox kind from the features.
  registerFeatureOutboxKinds(outboxKinds, () => useSettingsStore.getState().settings);
  // Ask the browser not to evict our IndexedDB under storage pressure: it holds unsent money.
  void navigator.storage?.persist?.().catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
