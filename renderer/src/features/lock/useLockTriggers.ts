import { useEffect } from 'react';
import { DEFAULT_IDLE_MINUTES } from '../../../../shared/settings';
import { useSettingsStore } from '../../stores/settings';
import { browserClock, createIdleTimer } from './idle-timer';
import { lockNow } from './lock-store';

/** What counts as the agent being there; passive listeners, so typing and scrolling stay smooth. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'mousedown', 'mousemove'] as const;

/**
 * While the app is open: the idle timer (settings.lock.idleMinutes) and Ctrl+L / Cmd+L. Mounted
 * with the screens, so a locked app counts nothing.
 */
export function useLockTriggers(): void {
  const idleMinutes = useSettingsStore((s) => s.settings?.lock?.idleMinutes ?? DEFAULT_IDLE_MINUTES);

  useEffect(() => {
    const timer = createIdleTimer({ idleMs: idleMinutes * 60_000, clock: browserClock, onIdle: () => void lockNow() });
    const onActivity = () => timer.activity();
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleMinutes]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.code === 'KeyL' || event.key.toLowerCase() === 'l')) {
        event.preventDefault();
        void lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
