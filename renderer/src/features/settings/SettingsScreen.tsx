import { useEffect, useState } from 'react';
import { t } from '../../i18n';
import { useSettingsStore } from '../../stores/settings';
import { describeError } from '../../ui/errors';
import { CollectionSettings } from './CollectionSettings';
import { CredgenicsSettings } from './CredgenicsSettings';
import { DepositSettings } from './DepositSettings';
import { GlaasSettings } from './GlaasSettings';
import { KycSettings } from './KycSettings';
import { LoanSettings } from './LoanSettings';
import { LockSettings } from './LockSettings';
import { SignOutCard } from './SignOutCard';
import { RetentionSettings } from './RetentionSettings';
import { StorageNotice } from './StorageNotice';
import { LanguageChoice } from '../setup/LanguageChoice';
import { SettingsTabs, settingsTabs, type SettingsTab } from './SettingsTabs';
import './settings-tabs.css';

// The part last opened stays open across a reload (in this window only).
const TAB_KEY = 'fielddesk.settings-tab';
const savedTab = (): SettingsTab => {
  const stored = sessionStorage.getItem(TAB_KEY);
  return settingsTabs.some((tab) => tab.id === stored) ? (stored as SettingsTab) : 'connections';
};

export function SettingsScreen() {
  const loaded = useSettingsStore((s) => Boolean(s.settings && s.credentials));
  const loadError = useSettingsStore((s) => s.loadError);
  const firstRun = useSettingsStore((s) => !s.settings?.credgenics.environment && !s.settings?.glaas.environment);
  const [tab, setTab] = useState<SettingsTab>(savedTab);
  const choose = (next: SettingsTab) => {
    setTab(next);
    sessionStorage.setItem(TAB_KEY, next);
  };

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
          {/* The language stays above the parts: whoever opens Settings can read it first. */}
          <section className="card" aria-labelledby="settings-language-title">
            {/* elementtiming: the start-up benchmark reads when this was first painted (Element Timing). */}
            <h2 id="settings-language-title" {...{ elementtiming: 'settings' }}>{t('language.title')}</h2>
            <LanguageChoice inline />
          </section>
          <SettingsTabs current={tab} onChoose={choose} />
          <div role="tabpanel" id={`settings-panel-${tab}`} aria-labelledby={`settings-tab-${tab}`} className="settings-panel">
            {tab === 'connections' && (
              <>
                <CredgenicsSettings />
                <GlaasSettings />
                <SignOutCard />
              </>
            )}
            {tab === 'you' && (
              <>
                <CollectionSettings part="agent" />
                <LoanSettings />
                <KycSettings />
                <LockSettings />
                <RetentionSettings />
              </>
            )}
            {tab === 'lender' && (
              <>
                <p className="hint">{t('settings.tabs.lenderIntro')}</p>
                <DepositSettings />
                <CollectionSettings part="lender" />
              </>
            )}
          </div>
        </>
      )}
    </main>
  );
}
