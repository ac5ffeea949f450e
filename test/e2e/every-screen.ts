import type { Page } from '@playwright/test';
import { hrefFor, type Route } from '../../renderer/src/ui/router';
import { makePngBase64 } from '../support/kyc-files';
import { captureInto } from '../support/seed-outbox';
import { cashVisit } from '../support/visits';
import type { AppHarness } from './fixtures';
import { expect } from './fixtures';
import { allocateLinkedLoans } from './steps';

/**
 * The languages the screen-wide checks (axe, screenshots) run in. THE single place a language is
 * chosen: the app's `language` setting, applied before the app opens.
 */
export const LANGUAGES = ['en', 'hi'] as const;
export type ScreenLanguage = (typeof LANGUAGES)[number];

export interface ScreenVisit {
  /** File-name friendly name of the screen. */
  name: string;
  route: Route;
}

/**
 * A laptop that has been used: settings filled, six loans allocated and downloaded (with GLAAS
 * links), three cash visits with receipts, and one KYC document uploaded with its OCR. Returns every
 * screen of the app with real content on it.
 */
export async function usedLaptop(page: Page, app: AppHarness, language: ScreenLanguage): Promise<ScreenVisit[]> {
  await app.main.invoke('settings.update', {
    credgenics: { environment: 'training' },
    glaas: { environment: 'training' },
    collections: { agentEmail: 'asha@lender.test', agentName: 'Asha Verma', lenderName: 'Sahyog Finance' },
  });
  const month = app.sandbox.state.dataset.allocationMonths.current;
  const links = app.sandbox.state.links.filter((l) => l.kind === 'loan').slice(0, 6);
  await app.open();
  await allocateLinkedLoans(page, month, links);
  const visits = await captureInto(
    page,
    links.slice(0, 3).map((l, i) => cashVisit(l.credgenicsId, month, 1500 + i * 250)),
  );
  await page.reload();
  // The start-up refresh downloads every allocated loan; the list says so when it is done.
  await page.goto(page.url().replace(/#.*$/, hrefFor({ name: 'loans' })));
  await expect(page.getByText('Not downloaded yet')).toHaveCount(0, { timeout: 30_000 });

  // One KYC document, uploaded, so the application page shows what OCR read.
  const requestFlowId = String(links[0]!.requestFlowId);
  await page.goto(page.url().replace(/#.*$/, hrefFor({ name: 'application', requestFlowId })));
  const png = Buffer.from(await page.evaluate(makePngBase64, { width: 400, height: 300 }), 'base64');
  await page.getByLabel('Choose files').setInputFiles([{ name: 'pan-card.png', mimeType: 'image/png', buffer: png }]);
  await page.getByRole('button', { name: 'Save 1 document(s)' }).click();
  await expect(page.getByRole('region', { name: 'What GLAAS read' })).toBeVisible({ timeout: 30_000 });

  // The laptop was set up in English; the screens are then shown in the language asked for.
  await app.main.invoke('settings.update', { language });
  await page.reload();

  const loanId = links[0]!.credgenicsId;
  return [
    { name: 'loans', route: { name: 'loans' } },
    { name: 'loan', route: { name: 'loan', loanId } },
    { name: 'visit', route: { name: 'visit', loanId } },
    { name: 'receipt', route: { name: 'receipt', visitId: visits[0]!.id } },
    { name: 'report', route: { name: 'report' } },
    { name: 'import', route: { name: 'import' } },
    { name: 'sync', route: { name: 'sync' } },
    { name: 'deposits', route: { name: 'deposits' } },
    { name: 'deposit-new', route: { name: 'deposit-new' } },
    { name: 'repayments', route: { name: 'repayments' } },
    { name: 'money', route: { name: 'money' } },
    { name: 'kyc', route: { name: 'kyc' } },
    { name: 'application', route: { name: 'application', requestFlowId, loanId } },
    { name: 'settings', route: { name: 'settings' } },
  ];
}

/** Goes to a screen by its address and waits for its heading and for the data behind it to settle. */
export async function showScreen(page: Page, visit: ScreenVisit): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, hrefFor(visit.route)));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  // Live queries settle within a few frames; fonts too.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => setTimeout(r, 300))));
}
