import { useEffect } from 'react';
import { focusScreenHeading } from './AppHeader';

/**
 * After each change of screen, focus goes to the new screen's heading, so a keyboard or
 * screen-reader user starts at the top of what they opened instead of at the page body.
 * Screens load lazily and may show their heading a moment later: watch the page until one
 * appears, for a bounded time.
 */
export function useFocusOnNavigate(screenKey: string | undefined): void {
  useEffect(() => {
    if (!screenKey) return;
    // A screen that put focus somewhere on purpose (a field inside it) keeps it; what had focus
    // when the address changed (the link just followed) does not count.
    const before = document.activeElement;
    const chosenInside = () => {
      const active = document.activeElement;
      return active instanceof HTMLElement && active !== before && active !== document.body && Boolean(active.closest('main'));
    };
    let done = false;
    const attempt = () => {
      if (done) return;
      if (chosenInside() || (document.querySelector('main h1') && focusScreenHeading())) finish();
    };
    const observer = new MutationObserver(attempt);
    const timer = window.setTimeout(() => finish(), 5000);
    function finish() {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    attempt();
    return finish;
  }, [screenKey]);
}
