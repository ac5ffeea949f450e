import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '../../i18n';

export type SettingsTab = 'connections' | 'you' | 'lender';
export const settingsTabs: { id: SettingsTab; label: MessageKey }[] = [
  { id: 'connections', label: 'settings.tabs.connections' },
  { id: 'you', label: 'settings.tabs.you' },
  { id: 'lender', label: 'settings.tabs.lender' },
];

/** Settings in three parts (WAI-ARIA tabs: arrows move between them, Tab goes into the part). */
export function SettingsTabs({ current, onChoose }: { current: SettingsTab; onChoose(tab: SettingsTab): void }) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    const index = settingsTabs.findIndex((tab) => tab.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? settingsTabs.length - 1 : step ? index + step : undefined;
    if (to === undefined) return;
    event.preventDefault();
    const next = settingsTabs[(to + settingsTabs.length) % settingsTabs.length]!;
    onChoose(next.id);
    list.current?.querySelector<HTMLElement>(`#settings-tab-${next.id}`)?.focus();
  }
  return (
    <div className="settings-tabs" role="tablist" aria-label={t('settings.tabs.label')} ref={list} onKeyDown={onKeyDown}>
      {settingsTabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`settings-tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={`settings-panel-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onChoose(tab.id)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
