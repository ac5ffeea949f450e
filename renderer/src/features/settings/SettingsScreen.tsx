import { useEffect } from 'react';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { describeError } from '../../ui/errors';
import { CollectionSettings } from './CollectionSettings';
import { CredgenicsSettings } from './CredgenicsSettings';
import { DepositSettings } from './DepositSettings';
import { GlaasSettings } from './GlaasSettings';
import { KycSettings } from './KycSettings';
import { LoanSettings } from './LoanSettings';
import { StorageNotice } from './StorageNotice';
import { LanguageChoice } from '../setup/LanguageChoice';

export function SettingsScreen() {
  const loaded = useSettingsStore((s) => Boolean(s.settings && s.credentials));
  const loadError = useSettingsStore((s) => s.loadError);
  const firstRun = useSettingsStore((s) => !s.settings?.credgenics.environment && !s.settings?.glaas.environment);

  useEffect(() => {
    if (loaded) performance.mark('fielddesk:settings-visible');
  }, [loaded]);

  return (
    <main className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {loadError && (
        <p role="alert" className="error">
          {describeError(loadError)}
        </p>
      )}
      {!loaded && !loadError && <p>{t('settings.loading')}</p>}
      {loaded && (
        <>
          {firstRun && <p className="welcome">{t('settings.welcome')}</p>}
          <StorageNotice />
          <section className="card" aria-labelledby="settings-language-title">
            <h2 id="settings-language-title">{t('language.title')}</h2>
            <LanguageChoice inline />
          </section>
          <CredgenicsSettings />
          <GlaasSettings />
          <LoanSettings />
          <CollectionSettings />
          <KycSettings />
          <DepositSettings />
        </>
      )}
    </main>
  );
}
