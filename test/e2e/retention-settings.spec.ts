import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Result } from '../../shared/result';
import type { Settings } from '../../shared/settings';
import { expect, test, type AppHarness } from './fixtures';

const OUT = path.resolve('test/e2e/out/screens');

async function storedDays(app: AppHarness) {
  const answer = (await app.main.invoke('settings.get', {})) as Result<Settings>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.retention?.days;
}

async function openCard(page: Page, app: AppHarness) {
  await app.open('settings');
  await page.getByRole('tablist', { name: 'Parts of Settings' }).getByRole('tab', { name: 'Your set-up' }).click();
  const card = page.getByRole('region', { name: 'How long data stays on this laptop' });
  return { card, days: card.getByRole('spinbutton', { name: 'Keep sent work for this many days' }) };
}

test('the keeping-period card: 90 days at first, 7–365 accepted, pictured in English and Hindi', async ({ page, app }) => {
  await mkdir(OUT, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  const { card, days } = await openCard(page, app);
  await expect(days).toHaveValue('90');
  await expect(card).toContainText('Nothing that is not yet sent is ever removed.');
  await days.fill('5');
  await expect(card.getByRole('alert')).toHaveText('Enter a whole number of days from 7 to 365.');
  await expect(card.getByRole('button', { name: 'Save' })).toBeDisabled();
  await days.fill('366');
  await expect(card.getByRole('button', { name: 'Save' })).toBeDisabled();
  await days.fill('120');
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Save' })).toBeEnabled();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'en-1366-settings-retention.png') });

  await app.main.invoke('settings.update', { language: 'hi' });
  await page.reload();
  await page.getByRole('tablist', { name: 'सेटिंग्स के हिस्से' }).getByRole('tab', { name: 'आपकी सेटिंग' }).click();
  const hiCard = page.getByRole('region', { name: 'डेटा इस लैपटॉप पर कितने दिन रहे' });
  await expect(hiCard.getByRole('spinbutton', { name: 'भेजा गया काम इतने दिन रखें' })).toBeVisible();
  await hiCard.getByRole('spinbutton').fill('3');
  await expect(hiCard.getByRole('alert')).toHaveText('7 से 365 तक दिनों की पूरी संख्या लिखें।');
  await hiCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'hi-1366-settings-retention.png') });
});

test('the keeping period is saved with the settings and read back after a reload', async ({ page, app }) => {
  const { card, days } = await openCard(page, app);
  await days.fill('120');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await storedDays(app)).toBe(120);
  await page.reload();
  await page.getByRole('tablist', { name: 'Parts of Settings' }).getByRole('tab', { name: 'Your set-up' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Keep sent work for this many days' })).toHaveValue('120');
});
