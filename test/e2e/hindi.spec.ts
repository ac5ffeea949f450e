import { RENDERER_ORIGIN } from '../support/serve-renderer';
import { expect, test } from './fixtures';
import { middayZone } from './keyboard';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
const COLLECTIONS = { lenderName: 'Sahyog Finance Ltd', agentName: 'Ravi Kumar', agentEmail: 'ravi@lender.test' };

test.use({ timezoneId: middayZone(), viewport: { width: 1366, height: 768 } });

/** Records #root's text and <html lang> at the first DOM commit, before anything could repaint it. */
const recordFirstPaint = () => {
  const w = window as unknown as { __firstPaint?: { text: string; lang: string } };
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    // The first words the app shows (behind the app lock that may be "opening…", not the list).
    if (!w.__firstPaint && root && (root.textContent ?? '').trim() !== '') {
      w.__firstPaint = { text: root.textContent ?? '', lang: document.documentElement.lang };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

test('Hindi chosen in Settings applies at once; after a restart the first paint is Hindi, in the font shipped with the app', async ({
  page,
  app,
}, testInfo) => {
  await app.main.invoke('settings.update', TRAINING);
  const fontResponses: { url: string; status: number }[] = [];
  const otherOrigins: string[] = [];
  page.on('response', (r) => {
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(r.url())) fontResponses.push({ url: r.url(), status: r.status() });
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(RENDERER_ORIGIN) && !/^(data|blob):/.test(r.url())) otherOrigins.push(r.url());
  });
  await page.addInitScript(recordFirstPaint);

  await app.open('settings');
  const nav = page.getByRole('navigation').first();
  await expect(nav.getByRole('link', { name: 'My loans' })).toBeVisible();
  const language = page.getByRole('region', { name: 'Language' });
  await language.getByRole('radio', { name: 'हिंदी (Hindi)' }).check();
  // At once: no reload, no Save.
  await expect(page.getByRole('heading', { level: 1, name: 'सेटिंग्स' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'मेरे लोन' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.screenshot({ path: testInfo.outputPath('settings-language-hi.png') });
  const saved = (await app.main.invoke('settings.get', {})) as { value: { language?: string } };
  expect(saved.value.language).toBe('hi');

  // Restart: the very first DOM the app commits is already Hindi.
  fontResponses.length = 0;
  await page.goto(page.url().replace(/#.*$/, ''));
  await expect(page.getByRole('heading', { level: 1, name: 'मेरे लोन' })).toBeVisible();
  const first = await page.evaluate(() => (window as unknown as { __firstPaint?: { text: string; lang: string } }).__firstPaint);
  expect(first, 'the app never rendered').toBeTruthy();
  expect(first!.lang).toBe('hi');
  expect(first!.text).toMatch(/[\u0900-\u097F]/);
  expect(first!.text).not.toMatch(/My loans|Settings|Import allocation|Opening|Loading|Unlock|PIN/);

  // The Devanagari face comes from the app's own files, and it is what the page renders with.
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() =>
    [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status, weight: f.weight })),
  );
  expect(faces.filter((f) => f.family === 'Noto Sans Devanagari' && f.status === 'loaded').length).toBeGreaterThan(0);
  const devanagari = fontResponses.filter((r) => /noto-sans-devanagari-devanagari-\d+-normal.*\.woff2$/.test(r.url));
  expect(devanagari.length).toBeGreaterThan(0);
  for (const r of devanagari) {
    expect(r.url.startsWith(`${RENDERER_ORIGIN}/`), r.url).toBe(true);
    expect(r.status).toBe(200);
  }
  expect(otherOrigins, 'the renderer reached outside its own files').toEqual([]);
  const family = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.startsWith('"Noto Sans Devanagari"')).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('my-loans-hi.png') });
});

test('in Hindi: a cash visit to its receipt (the visit + receipt flow)', async ({ page, app }, testInfo) => {
  await app.main.invoke('settings.update', { ...TRAINING, collections: COLLECTIONS, language: 'hi' });
  const dataset = app.sandbox.state.dataset;
  const month = dataset.allocationMonths.current;
  const loan = dataset.loans.find(
    (l) =>
      String(l.loan_details.loan_id).startsWith('FD') &&
      Number(l.loan_details.defaults?.find((d) => d.allocation_month === month)?.total_claim_amount ?? 0) > 5000,
  )!;
  const loanId = String(loan.loan_details.loan_id);
  const name = String(loan.loan_details.applicant_name);

  await app.open();
  // Import sits under the header's "More" menu.
  await page.locator('header nav summary').click();
  await page.getByRole('link', { name: 'आवंटन इम्पोर्ट करें', exact: true }).click();
  const add = page.getByRole('region', { name: 'लोन आईडी से लोन जोड़ें' });
  await add.getByRole('textbox', { name: 'लोन आईडी' }).fill(loanId);
  await add.getByRole('textbox', { name: 'आवंटन का महीना' }).fill(month);
  await add.getByRole('button', { name: 'लोन जोड़ें' }).click();
  await expect(add).toContainText(`लोन ${loanId} आवंटन महीने`);
  await page.goto(page.url().replace(/#.*$/, `#/loans/${loanId}`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'उधारकर्ता' })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'विज़िट दर्ज करें' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'विज़िट दर्ज करें' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'तय विज़िट' })).toBeChecked();
  await page.getByRole('radio', { name: 'हाँ, मिले' }).check();
  await page.getByRole('radio', { name: 'उधारकर्ता', exact: true }).check();
  await page.getByRole('radio', { name: 'कुछ भुगतान किया' }).check();
  await page.getByRole('textbox', { name: 'ली गई रकम (₹)' }).fill('1500');
  await page.getByRole('radio', { name: 'नकद', exact: true }).check();
  await page.screenshot({ path: testInfo.outputPath('visit-form-hi.png'), fullPage: true });
  await page.getByRole('button', { name: 'विज़िट सेव करें' }).click();

  await expect(page).toHaveURL(/#\/receipts\/[0-9A-HJKMNP-TV-Z]{26}$/);
  const receipt = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1, name: 'रसीद' })).toBeVisible();
  await expect(receipt).toContainText('प्राप्त रकम');
  await expect(receipt).toContainText('₹1,500.00');
  await expect(receipt).toContainText('नकद');
  await expect(receipt).toContainText(COLLECTIONS.lenderName);
  await expect(receipt).toContainText('वसूली करने वाले');
  await expect(receipt).toContainText(COLLECTIONS.agentName);
  await page.screenshot({ path: testInfo.outputPath('receipt-hi.png'), fullPage: true });

  // Back on the loan, the visit is listed in Hindi with its receipt.
  await page.goto(page.url().replace(/#.*$/, `#/loans/${loanId}`));
  const visits = page.getByRole('region', { name: 'इस लैपटॉप पर दर्ज विज़िट' });
  await expect(visits).toContainText('₹1,500.00 · नकद');
  await expect(visits.getByRole('link', { name: /^रसीद FD-/ })).toBeVisible();
});

test('the first-run set-up switches to Hindi at step 1 and keeps going in Hindi', async ({ page, app }, testInfo) => {
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up FieldDesk' })).toBeVisible();
  await page.getByRole('radio', { name: 'हिंदी (Hindi)' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'FieldDesk सेट करें' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('4 में से चरण 1: भाषा');
  await page.screenshot({ path: testInfo.outputPath('setup-1-language-hi.png') });
  await page.getByRole('button', { name: 'आगे' }).click();
  await page.getByRole('button', { name: 'आगे' }).click();
  await expect(page.getByRole('alert')).toContainText('अपना नाम डालें');
  await page.screenshot({ path: testInfo.outputPath('setup-2-who-errors-hi.png') });
  await page.getByRole('textbox', { name: 'आपका पूरा नाम' }).fill(COLLECTIONS.agentName);
  await page.getByRole('textbox', { name: 'Credgenics पर आपका ईमेल' }).fill(COLLECTIONS.agentEmail);
  await page.getByRole('textbox', { name: /लोन देने वाली कंपनी का नाम/ }).fill(COLLECTIONS.lenderName);
  await page.getByRole('button', { name: 'आगे' }).click();
  await expect(page.getByRole('radio', { name: /^ट्रेनिंग/ })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('setup-3-platforms-hi.png') });
  await page.getByRole('button', { name: 'आगे' }).click();
  await expect(page.getByRole('radio', { name: /^ट्रेनिंग डेटा इस्तेमाल करें \(.+ के 50 डेमो लोन\)$/ })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('setup-4-allocation-hi.png') });
  await page.getByRole('button', { name: 'पूरा करें' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'मेरे लोन' })).toBeVisible();
  await expect(page.getByText(/^50 लोन ·/)).toBeVisible({ timeout: 30_000 });
});
