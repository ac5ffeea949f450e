import { useEffect, useRef } from 'react';
import { CashChip } from '../features/deposits/CashChip';
import { lockNow } from '../features/lock/lock-store';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { t, type MessageKey } from '../i18n';
import { hrefFor, type Route } from './router';
import './app-header.css';

export type Section = 'loans' | 'import' | 'report' | 'kyc' | 'deposits' | 'repayments' | 'money' | 'sync' | 'settings';

/** What an agent opens every day stays in the bar; the rest waits under "More", so the bar is one line. */
const primary: { section: Section; label: MessageKey }[] = [
  { section: 'loans', label: 'nav.loans' },
  { section: 'report', label: 'nav.report' },
  { section: 'deposits', label: 'nav.deposits' },
  { section: 'sync', label: 'nav.sync' },
  { section: 'settings', label: 'nav.settings' },
];
const more: { section: Section; label: MessageKey }[] = [
  { section: 'import', label: 'nav.import' },
  { section: 'kyc', label: 'nav.kyc' },
  { section: 'repayments', label: 'nav.repayments' },
  { section: 'money', label: 'nav.money' },
];

/** The app's header: a skip link, the places, cash in hand, the sync state and Lock, on one line. */
export function AppHeader({ section }: { section: Section | undefined }) {
  const menu = useRef<HTMLDetailsElement>(null);
  // The menu closes once a place is chosen (the address changed), and on Escape or a click elsewhere.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [section]);
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);
  const inMore = more.find((m) => m.section === section);
  const link = (item: { section: Section; label: MessageKey }) => (
    <a href={hrefFor({ name: item.section } as Route)} aria-current={section === item.section ? 'page' : undefined}>
      {t(item.label)}
    </a>
  );

  return (
    <header className="app-header">
      <a className="skip-link" href="#main-content" onClick={focusMain}>
        {t('nav.skip')}
      </a>
      <span className="brand">{t('app.title')}</span>
      <nav aria-label={t('nav.main')}>
        <ul className="nav-list">
          {primary.map((item) => (
            <li key={item.section}>{link(item)}</li>
          ))}
          <li>
            <details className="nav-more" ref={menu}>
              <summary className={inMore ? 'current' : undefined}>
                {inMore ? t('nav.moreCurrent', { screen: t(inMore.label) }) : t('nav.more')}
              </summary>
              <ul className="nav-menu">
                {more.map((item) => (
                  <li key={item.section}>{link(item)}</li>
                ))}
              </ul>
            </details>
          </li>
        </ul>
      </nav>
      <CashChip />
      <SyncIndicator />
      <button type="button" className="lock-button" title={t('lock.buttonHint')} onClick={() => void lockNow()}>
        <PadlockIcon /> {t('lock.button')}
      </button>
    </header>
  );
}

/** Drawn, not an emoji: field laptops may have no emoji font. */
function PadlockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** The skip link moves focus to the screen's heading without touching the hash (the hash is the route). */
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  focusScreenHeading();
}

/** Puts keyboard and screen-reader focus on the current screen's main heading (or the screen itself). */
export function focusScreenHeading(): boolean {
  // The visible screen: one being left may linger hidden while the next one loads.
  const main = [...document.querySelectorAll<HTMLElement>('main')].find((m) => m.checkVisibility());
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  return document.activeElement === target;
}
