import { useEffect } from 'react';
import { focusScreenHeading } from './AppHeader';

/**
 * After each change of screen, focus goes to the new screen's heading, so a keyboard or
 * screen-reader user starts at the top of what they opened instead of at the page body.
 * Screens load lazily and may show (or re-create) their heading a moment later, so the page is
 * watched for a bounded time; it stops as soon as the user presses a key or clicks.
 */
export function useFocusOnNavigate(screenKey: string | undefined): void {
  useEffect(() => {
    if (!screenKey) return;
    // A screen that put focus somewhere on purpose (a field inside it) keeps it; what had focus
    // when the address changed (the link just followed) does not count.
    const before = document.activeElement;
    let focused: HTMLElement | null = null;
    let done = false;
    const attempt = () => {
      if (done) return;
      const active = document.activeElement;
      if (focused) {
        // Still on the heading we focused, or the user moved on: nothing to do.
        if (focused.isConnected || (active && active !== document.body)) return;
        focused = null; // the heading was replaced as the screen finished loading: focus the new one
      }
      if (active instanceof HTMLElement && active !== before && active !== document.body && active.closest('main')) {
        finish();
        return;
      }
      // The screen being left may still be in the page, hidden, while the new one loads: only a
      // heading that really took focus counts.
      if (focusScreenHeading()) focused = document.activeElement as HTMLElement;
    };
    // Finding the visible heading lays the page out: at most once a frame, not on every one of
    // the many changes a screen makes while it loads (start-up paid ~50 ms for that).
    let frame: number | undefined;
    const attemptNextFrame = () => {
      frame ??= window.requestAnimationFrame(() => {
        frame = undefined;
        attempt();
      });
    };
    const observer = new MutationObserver(attemptNextFrame);
    const timer = window.setTimeout(finish, 3000);
    const userActed = () => finish();
    function finish() {
      done = true;
      observer.disconnect();
      if (frame !== undefined) window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('keydown', userActed, true);
      window.removeEventListener('pointerdown', userActed, true);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('keydown', userActed, true);
    window.addEventListener('pointerdown', userActed, true);
    attempt();
    return finish;
  }, [screenKey]);
}
