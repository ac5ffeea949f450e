import { useEffect } from 'react';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { setLanguage, t } from './i18n';
import { useSettingsStore } from './stores/settings';

/**
 * The app shell. Until the work screens land, Settings is the screen: it is also what a
 * first-time user must see first.
 */
export function App() {
  const load = useSettingsStore((s) => s.load);
  const language = useSettingsStore((s) => s.settings?.language);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (language) setLanguage(language);
  }, [language]);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <a href="#settings" aria-current="page">
            {t('nav.settings')}
          </a>
        </nav>
      </header>
      <SettingsScreen />
    </div>
  );
}
