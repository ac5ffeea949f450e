import { expect, test } from './fixtures';
import { showScreen, usedLaptop } from './every-screen';

/**
 * The layout fixes of issue 14 on a used laptop at 1366×768, the usual field laptop: what an
 * agent needs is on screen without scrolling, and says the right thing.
 */
test('at 1366×768: one-line header, loan page leads with dues, honest counts, import and grid in view, KYC in words', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const screens = await usedLaptop(page, app, 'en');
  const screen = (name: string) => screens.find((s) => s.name === name)!;

  // The header is one line at both laptop widths: every place in the bar on the same row.
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: width === 1366 ? 768 : 1080 });
    await showScreen(page, screen('loans'));
    const items = page.getByRole('navigation', { name: 'Main' }).locator('.nav-list > li');
    const tops = new Set<number>();
    for (const box of await items.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top))))
      tops.add(box);
    expect(tops.size, `header rows at ${width} px`).toBe(1);
    expect((await page.locator('header.app-header').boundingBox())!.height).toBeLessThanOrEqual(64);
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  // After a reload, My loans says how many loans are downloaded here, not "0 downloaded".
  await showScreen(page, screen('loans'));
  await expect(page.getByText('6 of 6 loans downloaded on this laptop.')).toBeVisible();
  await expect(page.getByText(/: 0 downloaded/)).toHaveCount(0);

  // The loan page starts with what is due and Record visit, in the first screenful.
  await showScreen(page, screen('loan'));
  const due = page.getByRole('definition').first();
  await expect(page.locator('dl[aria-label="What is due"]')).toBeInViewport({ ratio: 1 });
  await expect(due).toContainText('₹');
  await expect(page.getByRole('link', { name: 'Record visit' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Dues by allocation month', exact: true })).toBeInViewport();

  // Import: the chosen file is named, and Import is on screen without scrolling.
  await showScreen(page, screen('import'));
  await page.getByLabel('Allocation file (CSV or Excel)').setInputFiles({
    name: 'allocation-dec.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('loan_id,allocation_month\r\nFD100001,2026-12-01\r\n'),
  });
  await expect(page.getByText('Chosen: allocation-dec.csv')).toBeVisible();
  await expect(page.getByText('No file chosen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Import 1 row/ })).toBeInViewport({ ratio: 1 });

  // Branch grid: the count follows the rows, the borrower is named, Post is in view, CHEQUE fits.
  await showScreen(page, screen('repayments'));
  const post = page.getByRole('button', { name: /Post|Nothing to post/ });
  await expect(post).toHaveText('Nothing to post yet');
  const loanId = screen('loan').route.name === 'loan' ? (screen('loan').route as { loanId: string }).loanId : '';
  await page.getByLabel('Loan (id or name), row 1', { exact: true }).fill(loanId);
  await expect(page.getByLabel('Loan (id or name), row 1', { exact: true })).toHaveAccessibleDescription(/\S/);
  await page.getByRole('textbox', { name: 'Amount (₹), row 1', exact: true }).fill('500');
  await expect(post).toHaveText('Post 1 repayments to GLAAS');
  await expect(post).toBeInViewport({ ratio: 1 });
  const mode = page.getByRole('combobox', { name: 'Mode, row 1', exact: true });
  await mode.selectOption('CHEQUE');
  const fits = await mode.evaluate((select: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(select).font;
    probe.textContent = 'CHEQUE';
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const style = getComputedStyle(select);
    // Room inside the box for the text, the padding and the drop-down arrow (~24 px).
    return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24 >= text;
  });
  expect(fits, 'CHEQUE shows whole in the mode box').toBe(true);

  // KYC: OCR fields in words, GLAAS's stored name out of the way, and a name that is not the borrower's flagged.
  await showScreen(page, screen('application'));
  const ocr = page.getByRole('region', { name: 'What GLAAS read' });
  await expect(ocr.getByRole('term').filter({ hasText: 'Account number' })).toBeVisible();
  await expect(ocr.getByText('acc_no', { exact: true })).toHaveCount(0);
  await expect(ocr.getByText(/^[0-9a-f]{8}-[0-9a-f]{4}-/)).toBeHidden();
  await expect(ocr.getByRole('note')).toContainText('is not the borrower’s name');
});
