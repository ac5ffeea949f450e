import type { Page } from '@playwright/test';
import { defaultDispositions } from '../../shared/settings';
import { captureInto, readStore } from '../support/seed-outbox';
import { saveTrainingAllocationForTest } from '../support/training';
import { cashVisit } from '../support/visits';
import { expect, test } from './fixtures';
import { middayZone } from './keyboard';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;
const COLLECTIONS = { lenderName: 'Sahyog Finance Ltd', agentName: 'Ravi Kumar', agentEmail: 'ravi@lender.test' };
const LOANS = ['FD100001', 'FD100002', 'FD100003'];

test.use({ timezoneId: middayZone(), viewport: { width: 1366, height: 768 } });

/**
 * Latin words allowed in Hindi text: names of products and platforms, the codes agents read in
 * English on every form and slip, key caps (Enter, Tab), the name "English" of the other
 * language, and examples of what files and slips contain (Jul-2021, SBIN0001234). Anything else
 * in Latin letters that is not data is English the catalogue missed.
 */
const ALLOWED = new Set(
  `FieldDesk Credgenics GLAAS UPI NEFT IFSC PAN Aadhaar EMI DPD PTP KYC CSV Excel xlsx xls PDF SMS WhatsApp NOC UTR UMRN
   POS GST CIBIL MB JPEG PNG URL API UAT NACH CHEQUE Ctrl DD MM YYYY Get Loan Customer requestFlowId applicant lender com
   name Workbook FD PF INS service Ltd English Enter Tab Jul SBIN`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase()),
);

/** Every string value in what the platforms sent (names, cities, statuses, products): data, not the app's words. */
function dataWords(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const w of value.match(/[A-Za-z]+/g) ?? []) into.add(w.toLowerCase());
  else if (Array.isArray(value)) for (const v of value) dataWords(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) dataWords(v, into);
  return into;
}

/**
 * The words in Latin letters of the app's text nodes and of what it gives assistive tech
 * (aria-label, placeholder, title, alt). What the agent typed (inputs) is left out.
 */
async function wordsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,option[value=""]')) continue;
      if (el.closest('input,textarea')) continue; // what the agent typed
      parts.push(n.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) parts.push(el.getAttribute(a) ?? '');
    }
    // A token with a digit in it is an id, a receipt number or an amount (FD-KA3Z-7QMP-R2XD): data.
    return parts
      .join(' ')
      .split(/\s+/)
      .filter((token) => !/\d/.test(token))
      .flatMap((token) => token.match(/[A-Za-z][A-Za-z’']+/g) ?? []);
  });
}

const screens = (loanId: string, visitId: string) => [
  { name: 'loans', hash: '#/loans' },
  { name: 'loan', hash: `#/loans/${loanId}` },
  { name: 'visit', hash: `#/loans/${loanId}/visit` },
  { name: 'receipt', hash: `#/receipts/${visitId}` },
  { name: 'day-report', hash: '#/report' },
  { name: 'import', hash: '#/import' },
  { name: 'kyc', hash: '#/kyc' },
  { name: 'deposits', hash: '#/deposits' },
  { name: 'deposit-new', hash: '#/deposits/new' },
  { name: 'repayments', hash: '#/repayments' },
  { name: 'money', hash: '#/money' },
  { name: 'sync', hash: '#/sync' },
  { name: 'settings', hash: '#/settings' },
  { name: 'welcome', hash: '#/welcome' },
];

for (const language of ['en', 'hi'] as const) {
  test(`every screen in ${language === 'hi' ? 'Hindi' : 'English'} at 1366×768: a screenshot each${language === 'hi' ? ', and no English word in the app’s own text' : ''}`, async ({
    page,
    app,
  }, testInfo) => {
    test.setTimeout(120_000);
    await app.main.invoke('settings.update', { ...TRAINING, collections: COLLECTIONS, language });
    const month = app.sandbox.state.dataset.allocationMonths.current;
    await app.open();
    await saveTrainingAllocationForTest(page, LOANS, month);
    const [visit] = await captureInto(page, [cashVisit(LOANS[0]!, month, 12345.5, { agent: { email: COLLECTIONS.agentEmail, name: COLLECTIONS.agentName } })]);
    await page.reload();
    // The loans download (names arrive) before the screens are walked.
    await expect(page.getByRole('list').getByRole('link')).toHaveCount(LOANS.length, { timeout: 30_000 });
    await expect(page.getByRole('list').getByRole('link').first()).not.toContainText(/Not downloaded|डाउनलोड नहीं/, { timeout: 30_000 });

    // Data = what the platforms sent, as the app stored it (the downloaded loans), plus settings and the seeded visit.
    const data = dataWords(await readStore(page, 'snapshots'));
    dataWords(app.sandbox.state.links, data);
    dataWords(COLLECTIONS, data);
    dataWords(cashVisit('x', month, 1), data); // the seeded visit's own words (e.g. "Borrower x")
    const leaks: string[] = [];

    for (const screen of screens(LOANS[0]!, visit!.id)) {
      await page.goto(page.url().replace(/#.*$/, screen.hash));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Loading messages give way to the screen (each says "…" while it waits).
      await expect(page.getByText(/…$/)).toHaveCount(0, { timeout: 15_000 }).catch(() => undefined);
      await page.screenshot({ path: testInfo.outputPath(`${language}-${screen.name}.png`) });
      if (language === 'hi') {
        // Settings edits the lender's own outcome names, which are data (stored, renamable).
        const stored = screen.name === 'settings' ? dataWords(defaultDispositions.map((d) => d.label)) : new Set<string>();
        const english = (await wordsOnScreen(page)).filter((w) => {
          const word = w.toLowerCase();
          // Masked identity numbers (XXXX XXXX 1234) are data too.
          return !ALLOWED.has(word) && !data.has(word) && !stored.has(word) && !/^x+$/.test(word);
        });
        if (english.length) leaks.push(`${screen.name}: ${[...new Set(english)].join(', ')}`);
      }
    }
    expect(leaks, 'English words on Hindi screens').toEqual([]);
  });
}
