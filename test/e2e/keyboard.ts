import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard-only agent
 * does; fails after `max` presses, so a control that Tab cannot reach fails the test.
 */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`);
}

/**
 * A time zone where it is about noon right now, so the RBI contact-hours tick (08:00–19:00) never
 * depends on when the test runs (it is tested with an injected clock in the unit tests).
 */
export function middayZone(): string {
  let east = 12 - new Date().getUTCHours();
  if (east > 14) east -= 24;
  if (east < -12) east += 24;
  // The Etc zones count the other way: Etc/GMT-5 is five hours east of UTC.
  return east === 0 ? 'Etc/UTC' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}
