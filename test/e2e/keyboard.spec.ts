import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

test('keyboard: a skip link first, focus on each new screen’s heading, and the More menu by keyboard', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });

  // On arrival, focus is on the screen's heading, not the page body.
  await expect(heading('My loans')).toBeFocused();

  // From the top of the page, the first Tab reaches the skip link, shown on screen; it goes to the heading.
  await page.evaluate(() => {
    // As on a fresh page: focus (and the browser's Tab starting point) on the document itself.
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the screen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(heading('My loans')).toBeFocused();
  // The next Tab is inside the screen (its first control), not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

  // A place in the bar: focus moves to the new screen's heading.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Day report' }).press('Enter');
  await expect(heading('Day report')).toBeFocused();

  // A place under More, by keyboard alone: open, Tab to it, Enter; the menu closes.
  const more = page.getByRole('navigation', { name: 'Main' }).locator('summary');
  await more.focus();
  await page.keyboard.press('Enter');
  const importLink = page.getByRole('link', { name: 'Import allocation' });
  await expect(importLink).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(importLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading('Import allocation')).toBeFocused();
  await expect(importLink).toBeHidden();
  await expect(more).toHaveText(/More: Import allocation/);

  // Escape closes the menu and leaves focus on it.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Money report' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Money report' })).toBeHidden();
  await expect(more).toBeFocused();
});

test('a refresh started from the keyboard keeps the focus on its button (Cancel while it runs, Refresh all after)', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  await app.open('loans');
  await expect(page.getByRole('heading', { level: 1, name: 'My loans' })).toBeFocused();
  // The start-up refresh has had its turn.
  await expect(page.getByRole('status').filter({ hasText: /Checked/ })).toBeVisible();
  await page.keyboard.press('Tab');
  const refresh = page.getByRole('button', { name: 'Refresh all' });
  await expect(refresh).toBeFocused();
  // Notes whether the run really showed (its progress bar), however briefly.
  await page.evaluate(() => {
    const seen = window as unknown as { sawRun?: boolean };
    seen.sawRun = false;
    new MutationObserver(() => {
      if (document.querySelector('.refresh-progress progress')) seen.sawRun = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as { sawRun?: boolean }).sawRun)).toBe(true);
  // The run swaps the words, not the button: when it is over, the focus is where the agent left it.
  await expect(page.getByRole('status').filter({ hasText: /Checked/ })).toBeVisible();
  await expect(refresh).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh all');
});
