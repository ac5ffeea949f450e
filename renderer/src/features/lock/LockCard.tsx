import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../i18n';
import './lock.css';

/** The frame of every lock screen: the app's name, one heading, one card in the middle. */
export function LockCard({ titleKey, wide, children }: { titleKey: MessageKey; wide?: boolean; children: ReactNode }) {
  return (
    <div className="lock-page">
      <p className="lock-brand" aria-hidden="true">
        {t('app.title')}
      </p>
      <main className={wide ? 'lock-card wide' : 'lock-card'} aria-labelledby="lock-title">
        <h1 id="lock-title">{t(titleKey)}</h1>
        {children}
      </main>
    </div>
  );
}
