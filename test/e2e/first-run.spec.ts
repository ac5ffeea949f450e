import { expect, test } from './fixtures';
import { middayZone, tabTo } from './keyboard';

test.use({ timezoneId: middayZone(), viewport: { width: 1366, height: 768 } });

const AGENT = { name: 'Ravi Kumar', email: 'ravi@lender.test', lender: 'Sahyog Finance Ltd' };

test('a new laptop, by keyboard alone: set-up → My loans with Training data → a cash visit → a receipt naming lender and collector', async ({
  page,
  app,
}, testInfo) => {
  await app.open();
  await expect(page).toHaveURL(/#\/welcome$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up FieldDesk' })).toBeVisible();
  const step = page.getByRole('heading', { level: 2 });
  await expect(step).toHaveText('Step 1 of 4: Language');
  await page.screenshot({ path: testInfo.outputPath('setup-1-language-en.png') });

  // 1. Language: English is already chosen; Next.
  await tabTo(page, page.getByRole('radio', { name: 'English' }));
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // 2. Who you are: Next with nothing typed says what is missing and puts the cursor there.
  await expect(step).toHaveText('Step 2 of 4: Who you are');
  await expect(step).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Your full name' });
  await expect(name).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Enter your name');
  await expect(page.getByRole('alert')).toContainText('Enter the lender’s name');
  await page.keyboard.type(AGENT.name);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Your email at Credgenics' })).toBeFocused();
  await page.keyboard.type(AGENT.email);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /Lender’s name/ })).toBeFocused();
  await page.keyboard.type(AGENT.lender);
  await page.screenshot({ path: testInfo.outputPath('setup-2-who-en.png') });
  await page.keyboard.press('Enter');

  // 3. Platforms: Training is preselected for a trial.
  await expect(step).toHaveText('Step 3 of 4: Where the platforms are');
  await expect(page.getByRole('radio', { name: /^Training/ })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('setup-3-platforms-en.png') });
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // 4. Loans: the Training data is preselected; Finish.
  await expect(step).toHaveText('Step 4 of 4: Your loans');
  await expect(page.getByRole('radio', { name: /^Use the Training data \(50 demo loans/ })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('setup-4-allocation-en.png') });
  await tabTo(page, page.getByRole('button', { name: 'Finish' }));
  await page.keyboard.press('Enter');

  // My loans, with the Training loans downloaded.
  await expect(page).toHaveURL(/#\/loans$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My loans' })).toBeVisible();
  await expect(page.getByText(/^50 loans ·/)).toBeVisible({ timeout: 30_000 });
  // Wait until all 50 are downloaded: the list re-sorts while figures arrive.
  await expect(page.getByRole('status').filter({ hasText: '50 downloaded, 0 not downloaded' })).toBeVisible({ timeout: 60_000 });
  const loanLink = page.getByRole('list', { name: 'Loans' }).getByRole('link').first();
  await expect(loanLink).toBeVisible({ timeout: 30_000 });
  const borrower = (await loanLink.locator('strong').first().innerText()).trim();
  await page.screenshot({ path: testInfo.outputPath('setup-5-my-loans-en.png') });

  // The settings hold what the set-up asked.
  const settings = (await app.main.invoke('settings.get', {})) as { value: Record<string, any> };
  expect(settings.value.collections).toMatchObject({ agentName: AGENT.name, agentEmail: AGENT.email, lenderName: AGENT.lender });
  expect(settings.value.credgenics.environment).toBe('training');
  expect(settings.value.glaas.environment).toBe('training');

  // A cash visit on the first loan, still by keyboard.
  const href = (await loanLink.getAttribute('href'))!;
  await tabTo(page, loanLink, { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1, name: borrower })).toBeVisible({ timeout: 15_000 });
  await tabTo(page, page.getByRole('link', { name: 'Record visit' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Record visit' })).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Yes, met' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Borrower', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Paid partly' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Amount taken (₹)' })).toBeFocused();
  await page.keyboard.type('1500');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Cash', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  // The receipt names the lender and the collector.
  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const receipt = page.getByRole('main');
  await expect(receipt).toContainText(AGENT.lender);
  await expect(receipt).toContainText(AGENT.name);
  await expect(receipt).toContainText('₹1,500.00');
  await expect(receipt).not.toContainText('The lender’s name is not set');
  await page.screenshot({ path: testInfo.outputPath('setup-6-receipt-en.png') });
});
