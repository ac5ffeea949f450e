import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { HARNESS_PIN } from '../support/harness-main';
import { expect, test } from './fixtures';
import { addLoanAndOpen, BOTH_IN_TRAINING } from './steps';
import { middayZone } from './keyboard';

/**
 * The app lock (issue 13): what locks it, that a locked page holds no borrower, that the outbox
 * keeps sending behind it, and the ways back in (PIN, or the sign-in details after ten wrong).
 */
const OUT = path.resolve('test/e2e/out/screens');
const LOAN = { loanId: '2954', month: '2020-8-01', name: 'Keval Gor' };

const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'FieldDesk is locked' });

/** No serious or critical accessibility problem on the screen shown (as accessibility.spec.ts checks). */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, serious.join('\n')).toEqual([]);
}

async function unlock(page: Page, pin = HARNESS_PIN): Promise<void> {
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.keyboard.press('Enter');
  await expect(lockHeading(page)).toHaveCount(0);
}

/** Nothing of these borrowers anywhere in the page: not on screen, not hidden in the DOM. */
async function expectNoBorrowerText(page: Page, names: string[]): Promise<void> {
  const text = await page.evaluate(() => `${document.body.innerText}\n${document.body.textContent}\n${document.title}`);
  for (const name of names) expect(text.includes(name), `"${name}" is in the locked page`).toBe(false);
}

/** Records a cash payment on the open loan page and answers its receipt number. */
async function recordCash(page: Page, amount: number): Promise<string> {
  await page.getByRole('link', { name: 'Record visit' }).click();
  await page.getByRole('radio', { name: 'Yes, met' }).check();
  await page.getByRole('radio', { name: 'Borrower', exact: true }).check();
  await page.getByRole('radio', { name: 'Paid partly' }).check();
  await page.getByRole('textbox', { name: 'Amount taken (₹)' }).fill(String(amount));
  await page.getByRole('radio', { name: 'Cash', exact: true }).check();
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);
  await expect(page.getByRole('main')).toContainText(/FD-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  const receiptNo = (await page.getByRole('main').textContent())?.match(/FD-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
  expect(receiptNo).toBeTruthy();
  return receiptNo!;
}

// About noon wherever the test runs, so the RBI contact-hours tick never depends on the hour (keyboard.ts).
test.use({ viewport: { width: 1366, height: 768 }, timezoneId: middayZone() });

test('idle for the set time locks, and the locked page holds no borrower; the PIN brings the same screen back', async ({ page, app }) => {
  await page.clock.install();
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await addLoanAndOpen(page, LOAN);
  // More borrowers than the one open: every name on the work list.
  await page.getByRole('link', { name: 'My loans', exact: true }).click();
  await expect(page.getByText(LOAN.name)).toBeVisible();
  const names = (await page.locator('.loan-row').allInnerTexts()).map((row) => row.split('\n')[0]!.trim()).filter(Boolean);
  expect(names).toContain(LOAN.name);
  await page.goto(page.url().replace(/#.*$/, `#/loans/${LOAN.loanId}`));
  await expect(page.getByRole('heading', { level: 1, name: LOAN.name })).toBeVisible();

  // Activity keeps it open: 4 minutes, a mouse move, 4 more minutes.
  await page.clock.fastForward('04:00');
  await page.mouse.move(300, 300);
  await page.clock.fastForward('04:00');
  await expect(lockHeading(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: LOAN.name })).toBeVisible();

  // Five quiet minutes (the default): locked.
  await page.clock.fastForward('05:01');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  const everyBorrower = app.sandbox.state.dataset.loans.map((l) => String(l.loan_details.applicant_name));
  await expectNoBorrowerText(page, [...names, ...everyBorrower, LOAN.loanId]);

  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: LOAN.name })).toBeVisible();
});

test('a shorter idle time saved in the Lock card takes effect at once', async ({ page, app }) => {
  await page.clock.install();
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open('settings');
  await page.getByRole('tab', { name: /you/i }).click();
  const card = page.getByRole('region', { name: 'Lock' });
  const minutes = card.getByRole('spinbutton', { name: /Lock after this many minutes/ });
  await expect(minutes).toHaveValue('5');
  await minutes.fill('61');
  await expect(card.getByRole('alert')).toHaveText('Use a whole number of minutes from 1 to 60.');
  await minutes.fill('1');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  expect(await app.main.invoke('settings.get', {})).toMatchObject({ ok: true, value: { lock: { idleMinutes: 1 } } });
  await page.clock.fastForward('00:50');
  await expect(lockHeading(page)).toHaveCount(0);
  await page.clock.fastForward('00:11');
  await expect(lockHeading(page)).toBeVisible();
});

test('Ctrl+L, the Lock button, Lock now in Settings and the laptop going to sleep all lock', async ({ page, app }) => {
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'My loans' })).toBeVisible();

  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await unlock(page);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: /you/i }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);

  // Change PIN: the current PIN first (someone at an unlocked laptop cannot make the PIN theirs),
  // the new one typed twice; then the new one opens and the old one does not.
  const card = page.getByRole('region', { name: 'Lock' });
  await card.getByLabel('New PIN', { exact: true }).fill('975310');
  await card.getByLabel('New PIN again').fill('975310');
  await card.getByRole('button', { name: 'Change PIN' }).click();
  await expect(card.getByRole('alert')).toHaveText('Type the PIN you use now, then the new one twice.');
  await expect(card.getByLabel('Current PIN')).toBeFocused();
  await card.getByLabel('Current PIN').fill('000000');
  await card.getByLabel('New PIN again').fill('975311');
  await card.getByRole('button', { name: 'Change PIN' }).click();
  await expect(card.getByRole('alert')).toHaveText('The two PINs are not the same. Type the same PIN in both boxes.');
  await card.getByLabel('New PIN again').fill('975310');
  await card.getByRole('button', { name: 'Change PIN' }).click();
  // A wrong current PIN is one of the ten tries, said in words, and the box is emptied.
  await expect(card.getByRole('alert')).toHaveText('Wrong PIN. 9 tries left.');
  await expect(card.getByLabel('Current PIN')).toHaveValue('');
  await expect(card.getByLabel('Current PIN')).toBeFocused();
  await card.getByLabel('Current PIN').fill(HARNESS_PIN);
  await card.getByRole('button', { name: 'Change PIN' }).click();
  await expect(card.getByText('PIN changed.')).toBeVisible();
  await expect(card.getByLabel('New PIN', { exact: true })).toHaveValue('');
  await page.keyboard.press('Control+l');
  await page.getByLabel('PIN', { exact: true }).fill(HARNESS_PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. 9 tries left.');
  await unlock(page, '975310');

  // Asked again after each event: two sleeps, two locks.
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    app.main.systemLock(i === 0 ? 'suspend' : 'lock-screen');
    await expect(lockHeading(page)).toBeVisible();
    await unlock(page, '975310');
  }
});

test('a payment captured before the lock reaches the sandbox while the lock screen is shown', async ({ page, app }) => {
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await addLoanAndOpen(page, LOAN);

  await app.network(false);
  const receiptNo = await recordCash(page, 1200);
  const held = () => app.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === receiptNo);
  expect(held()).toHaveLength(0);

  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 item waiting to be sent' })).toBeVisible();

  await app.network(true);
  await expect.poll(() => held().length, { timeout: 20_000 }).toBe(1);
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Everything is sent.')).toBeVisible();
  await expectNoBorrowerText(page, [LOAN.name]);
});

test('ten wrong PINs ask for the sign-in details; the reset keeps every unsent item', async ({ page, app }) => {
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await addLoanAndOpen(page, LOAN);
  await app.network(false);
  const first = await recordCash(page, 700);
  await page.goto(page.url().replace(/#.*$/, `#/loans/${LOAN.loanId}`));
  const second = await recordCash(page, 800);
  const reached = () => app.sandbox.state.payments.filter((p) => [first, second].includes(p.paymentReferenceNumber ?? '')).length;
  await expect(page.getByRole('banner')).toContainText('2 unsent');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByText('2 items waiting to be sent')).toBeVisible();
  const pin = page.getByLabel('PIN', { exact: true });
  for (let left = 9; left >= 1; left--) {
    await pin.fill('000000');
    await pin.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(left === 1 ? 'Wrong PIN. 1 try left.' : `Wrong PIN. ${left} tries left.`);
    await expect(pin).toBeFocused();
  }
  await pin.fill('000000');
  await pin.press('Enter');

  // The tenth: the PIN box is gone, only the sign-in details open the way.
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new PIN' })).toBeVisible();
  await expect(page.getByText('The PIN was typed wrong 10 times.')).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the PIN' })).toHaveCount(0);
  await page.screenshot({ path: path.join(OUT, 'en-1366-lock-reset-forced.png') });

  // Wrong sign-in details are refused in words.
  await page.getByLabel('Credgenics token').fill('not-the-token');
  await page.getByLabel('New PIN', { exact: true }).fill('246802');
  await page.getByLabel('New PIN again').fill('246802');
  await page.getByRole('button', { name: 'Set new PIN' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match the ones saved on this laptop');

  // A new PIN typed differently twice is caught before anything is sent.
  await page.getByLabel('Credgenics token').fill(app.sandbox.training.credgenicsToken);
  await page.getByLabel('New PIN again').fill('246803');
  await page.getByRole('button', { name: 'Set new PIN' }).click();
  await expect(page.getByRole('alert')).toHaveText('The two PINs are not the same. Type the same PIN in both boxes.');
  await expect(page.getByLabel('New PIN again')).toBeFocused();
  await page.getByLabel('New PIN again').fill('246802');
  await page.getByRole('button', { name: 'Set new PIN' }).click();

  // Back where the agent was (the second receipt), with both payments still waiting.
  await expect(page.getByRole('heading', { level: 1, name: 'Receipt' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('2 unsent');

  // The new PIN is the PIN now.
  await page.keyboard.press('Control+l');
  await pin.fill(HARNESS_PIN);
  await pin.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Wrong PIN. 9 tries left.');
  await unlock(page, '246802');

  // And the two payments still go.
  await app.network(true);
  await expect.poll(reached, { timeout: 20_000 }).toBe(2);
  await expect(page.getByRole('banner')).toContainText('All sent');
});

test.describe('a new laptop', () => {
  test.use({ lockAtStart: 'no-pin' });

  test('asks for a PIN first, explains why, then goes on to the set-up', async ({ page, app }) => {
    await app.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Set a PIN for this laptop' })).toBeVisible();
    await expect(page.getByText('if the laptop is lost or stolen, it gives nothing away')).toBeVisible();
    await expect(page.getByLabel('New PIN', { exact: true })).toBeFocused();

    await page.getByLabel('New PIN', { exact: true }).fill('1234');
    await page.getByLabel('New PIN again').fill('1234');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('A PIN needs at least 6 digits.');
    await expect(page.getByLabel('New PIN', { exact: true })).toBeFocused();

    await page.getByLabel('New PIN', { exact: true }).fill('blue monsoon');
    await page.getByLabel('New PIN again').fill('blue monsoon');
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Set up FieldDesk' })).toBeVisible();

    // The passphrase is the PIN now.
    await page.keyboard.press('Control+l');
    await unlock(page, 'blue monsoon');
  });
});

for (const language of ['en', 'hi'] as const) {
  test(`screenshots of the lock screens in ${language} at 1366×768`, async ({ page, app }) => {
    await mkdir(OUT, { recursive: true });
    await app.main.invoke('settings.update', { ...BOTH_IN_TRAINING, language });
    await app.open();
    const header = page.locator('header.app-header');
    await expect(header).toBeVisible();
    // The Lock button keeps the header on one line.
    expect((await header.boundingBox())!.height).toBeLessThan(72);
    await page.screenshot({ path: path.join(OUT, `${language}-1366-lock-header.png`) });

    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    await page.getByRole('tab').nth(1).click();
    const card = page.locator('section.card').filter({ has: page.locator('#lock-settings-title') });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(OUT, `${language}-1366-lock-settings-card.png`) });

    await page.keyboard.press('Control+l');
    await expect(page.locator('#lock-pin')).toBeVisible();
    await page.locator('#lock-pin').fill('111111');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: path.join(OUT, `${language}-1366-lock.png`) });
    await expectAccessible(page, 'lock');

    await page.locator('.link-button').click();
    await expect(page.locator('#reset-pin-new')).toBeVisible();
    await page.screenshot({ path: path.join(OUT, `${language}-1366-lock-reset.png`) });
    await page.screenshot({ path: path.join(OUT, `${language}-1366-lock-reset-full.png`), fullPage: true });
    await expectAccessible(page, 'reset');
  });
}

test.describe('set-PIN screenshots', () => {
  test.use({ lockAtStart: 'no-pin' });
  for (const language of ['en', 'hi'] as const) {
    test(`the set-PIN screen in ${language} at 1366×768`, async ({ page, app }) => {
      await mkdir(OUT, { recursive: true });
      await app.main.invoke('settings.update', { language });
      await app.open();
      await expect(page.locator('#first-pin-new')).toBeFocused();
      await page.locator('#first-pin-new').fill('12');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `${language}-1366-lock-set-pin.png`) });
      await expectAccessible(page, 'set-pin');
    });
  }
});

/**
 * A reset at a cold start (the main process restarted, so the old data key was never in memory):
 * the harness keeps one main process per test, so its answer is changed to what a cold start says.
 */
function playColdStartReset(app: { main: { invoke(channel: unknown, input: unknown): Promise<unknown> } }): void {
  const invoke = app.main.invoke.bind(app.main);
  app.main.invoke = async (channel, input) => {
    const answer = (await invoke(channel, input)) as { ok: boolean; value?: { dataKept?: boolean } };
    if (channel === 'lock.resetWithCredentials' && answer.ok && answer.value) answer.value.dataKept = false;
    return answer;
  };
}

test('a reset that cannot keep the loan details removes them, says so, and still sends the unsent payment', async ({ page, app }) => {
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await addLoanAndOpen(page, LOAN);
  await app.network(false);
  const receiptNo = await recordCash(page, 900);
  const held = () => app.sandbox.state.payments.filter((p) => p.paymentReferenceNumber === receiptNo);

  playColdStartReset(app);
  await page.keyboard.press('Control+l');
  // The renderer starts again behind the lock, with no key: nothing has read the store yet.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Forgot PIN?' }).click();
  await page.getByLabel('GLAAS username').fill(app.sandbox.training.glaasUsername);
  await page.getByLabel('GLAAS password').fill(app.sandbox.training.glaasPassword);
  await page.getByLabel('New PIN', { exact: true }).fill('864200');
  await page.getByLabel('New PIN again').fill('864200');
  await page.getByLabel('New PIN again').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your new PIN is set' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(/could not be opened, so they were removed \([1-9]\d* saved records\)/);
  await expect(main).toContainText('Your unsent work is kept (1 item) and will be sent.');
  await expect(main).toContainText('Import your allocation again from My loans.');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.screenshot({ path: path.join(OUT, 'en-1366-lock-reset-done.png') });
  await expectAccessible(page, 'reset-done');

  await page.getByRole('button', { name: 'Continue' }).click();
  // The visit was sealed with the lost key: its receipt is gone, and the screen says so.
  await expect(page.getByRole('alert')).toContainText('so there is no receipt to show');
  await page.goto(page.url().replace(/#.*$/, '#/loans'));
  await expect(page.getByText('No loans on this laptop yet.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('1 unsent');

  await app.network(true);
  await expect.poll(() => held().length, { timeout: 20_000 }).toBe(1);
});

test('the reset-done screen in hi at 1366×768', async ({ page, app }) => {
  await mkdir(OUT, { recursive: true });
  await app.main.invoke('settings.update', BOTH_IN_TRAINING);
  await app.open();
  await addLoanAndOpen(page, LOAN);
  await app.network(false);
  await recordCash(page, 400);
  await app.main.invoke('settings.update', { language: 'hi' });
  playColdStartReset(app);
  await page.keyboard.press('Control+l');
  await page.reload();
  await page.locator('.link-button').click();
  await page.locator('input[type="password"]').first().fill(app.sandbox.training.credgenicsToken);
  await page.locator('#reset-pin-new').fill('864200');
  await page.locator('#reset-pin-again').fill('864200');
  await page.locator('#reset-pin-again').press('Enter');
  await expect(page.locator('.lock-card h1')).toHaveText('आपका नया पिन रख दिया गया है');
  await expect(page.locator('.lock-card')).toContainText('हटा दिया');
  await expect(page.locator('.lock-card')).toContainText('(1 चीज़)');
  await page.screenshot({ path: path.join(OUT, 'hi-1366-lock-reset-done.png') });
});

test('with no sign-in details saved, a forgotten PIN is reset with a warning and the loan details go', async ({ page, app }) => {
  await mkdir(OUT, { recursive: true });
  await app.open('settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Forgot PIN?' }).click();
  await expect(page.getByText('No sign-in details are saved on this laptop. You can set a new PIN, but the loan details saved here will be removed.')).toBeVisible();
  await expect(page.getByLabel('Credgenics token')).toHaveCount(0);
  await expect(page.getByLabel('New PIN', { exact: true })).toBeFocused();
  await page.screenshot({ path: path.join(OUT, 'en-1366-lock-reset-no-sign-in.png') });
  await page.getByLabel('New PIN', { exact: true }).fill('402817');
  await page.getByLabel('New PIN again').fill('402817');
  await page.getByRole('button', { name: 'Set new PIN' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your new PIN is set' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Control+l');
  await unlock(page, '402817');
});

test.describe('a laptop that starts locked', () => {
  test.use({ lockAtStart: 'locked' });

  test('nothing opens the store before the PIN; the PIN opens the app', async ({ page, app }) => {
    await app.main.invoke('settings.update', BOTH_IN_TRAINING);
    await app.open();
    await expect(lockHeading(page)).toBeVisible();
    // Give any early reader time to show itself: the database must not even exist yet.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
    // Counts of unsent work are not known before the keys: nothing is claimed.
    await expect(page.getByText(/waiting to be sent|Everything is sent/)).toHaveCount(0);
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: 'My loans' })).toBeVisible();
    expect((await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).length).toBeGreaterThan(0);
  });
});
