import type { Page } from '@playwright/test';
import type { Result } from '../../shared/result';
import type { Settings } from '../../shared/settings';
import { expect, test, type AppHarness } from './fixtures';

const collectionsOf = (page: Page) => page.getByRole('region', { name: 'Collections', exact: true });
const outcome = (page: Page, n: number) => collectionsOf(page).getByRole('textbox', { name: `Outcome ${n}`, exact: true });
const outcomeNames = (page: Page) => collectionsOf(page).getByRole('textbox', { name: /^Outcome \d+$/ });

async function stored(app: AppHarness) {
  const answer = (await app.main.invoke('settings.get', {})) as Result<Settings>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.collections;
}

test('an agent sets the email and the outcome list, saves, and finds them after a reload', async ({ page, app }) => {
  await app.open('settings'); // a new laptop would start on the set-up
  const section = collectionsOf(page);
  await expect(section.getByRole('heading', { name: 'Collections', exact: true })).toBeVisible();
  // A new laptop shows the usual outcomes.
  await expect(outcomeNames(page)).toHaveCount(10);
  await expect(outcome(page, 3)).toHaveValue('Promise to pay');

  await section.getByLabel('Your email at Credgenics').fill('asha.rao@lender.in');
  await section.getByLabel('Your name on receipts').fill('Asha Rao');
  await section.getByLabel('Lender name on receipts').fill('Acme Finance');
  await section.getByLabel('Let agents split a payment into EMI, late fee and penalty').check();

  // Rename one.
  await outcome(page, 3).fill('Promised to pay');
  // Add one, by keyboard: Add moves the focus to the new row's name.
  await section.getByRole('button', { name: 'Add outcome' }).press('Enter');
  await expect(outcome(page, 11)).toBeFocused();
  await page.keyboard.type('Asked for more time');
  await section.getByRole('combobox', { name: 'What outcome 11 asks for' }).selectOption({ label: 'Promise to pay' });
  // Remove one.
  await section.getByRole('button', { name: 'Remove outcome 8: Deceased', exact: true }).click();
  await expect(outcomeNames(page)).toHaveCount(10);

  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.reload();
  await expect(section.getByLabel('Your email at Credgenics')).toHaveValue('asha.rao@lender.in');
  await expect(section.getByLabel('Your name on receipts')).toHaveValue('Asha Rao');
  await expect(section.getByLabel('Lender name on receipts')).toHaveValue('Acme Finance');
  await expect(section.getByLabel('Let agents split a payment into EMI, late fee and penalty')).toBeChecked();
  await expect(outcomeNames(page)).toHaveCount(10);
  await expect(outcome(page, 3)).toHaveValue('Promised to pay');
  await expect(outcome(page, 8)).toHaveValue('Dispute');
  await expect(outcome(page, 10)).toHaveValue('Asked for more time');
  await expect(section.getByRole('combobox', { name: 'What outcome 10 asks for' })).toHaveValue('promise');
  await expect(section.getByRole('button', { name: /Deceased/ })).toHaveCount(0);

  // The renamed outcome kept its code; the new one got one from its label.
  const saved = await stored(app);
  expect(saved?.agentEmail).toBe('asha.rao@lender.in');
  expect(saved?.dispositions?.[2]).toEqual({ code: 'PTP', label: 'Promised to pay', needs: 'promise' });
  expect(saved?.dispositions?.at(-1)).toEqual({ code: 'ASKED_FOR_MORE_TIME', label: 'Asked for more time', needs: 'promise' });
  expect(saved?.dispositions?.some((d) => d.code === 'DECEASED')).toBe(false);

  // Emptying a field and saving clears it (the whole object is sent, emptied keys included).
  await section.getByLabel('Your name on receipts').fill('');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(section.getByLabel('Your name on receipts')).toHaveValue('');
  await expect(section.getByLabel('Your email at Credgenics')).toHaveValue('asha.rao@lender.in');
});

test('an invalid email, an outcome list without money and a half-set receipt message are explained and not saved', async ({
  page,
  app,
}) => {
  await app.open('settings'); // a new laptop would start on the set-up
  const section = collectionsOf(page);
  const email = section.getByLabel('Your email at Credgenics');

  await email.fill('asha@');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert').filter({ hasText: 'That does not look like an email address' })).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
  expect(await stored(app)).toBeUndefined();

  await page.reload();
  await expect(email).toHaveValue('');

  // No outcome asks for money any more.
  await section.getByRole('combobox', { name: 'What outcome 1 asks for' }).selectOption({ label: 'Nothing more' });
  await section.getByRole('combobox', { name: 'What outcome 2 asks for' }).selectOption({ label: 'Nothing more' });
  await expect(section.getByRole('alert').filter({ hasText: 'At least one outcome must ask for money' })).toBeVisible();
  await section.getByRole('combobox', { name: 'What outcome 2 asks for' }).selectOption({ label: 'Money taken' });
  await expect(section.getByRole('alert').filter({ hasText: 'At least one outcome must ask for money' })).toHaveCount(0);

  // Two outcomes with the same name.
  await outcome(page, 4).fill('Paid partly');
  await expect(section.getByText('Another outcome already has this name')).toBeVisible();
  await outcome(page, 4).fill('Refused to pay');

  // A receipt event without its bot id and recipient.
  await section.getByLabel('Event name').fill('payment_receipt');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert').filter({ hasText: 'Enter the inbound bot id' })).toBeVisible();
  await expect(section.getByRole('alert').filter({ hasText: 'Enter who receives the message' })).toBeVisible();
  expect(await stored(app)).toBeUndefined();

  // Fixed: it saves.
  await section.getByLabel('Inbound bot id').fill('bot-7');
  await section.getByLabel('Send to').fill('applicant');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect((await stored(app))?.receiptMessage).toEqual({ eventName: 'payment_receipt', inboundBotId: 'bot-7', sendTo: 'applicant' });
});

test('Remove all, then Restore the usual outcomes; Cancel undoes unsaved edits', async ({ page, app }) => {
  await app.open('settings'); // a new laptop would start on the set-up
  const section = collectionsOf(page);
  await expect(outcomeNames(page)).toHaveCount(10);
  while ((await outcomeNames(page).count()) > 0) {
    await section.getByRole('button', { name: /^Remove outcome 1:/ }).click();
  }
  await expect(section.getByRole('alert').filter({ hasText: 'Keep at least one outcome' })).toBeVisible();
  // With no rows left, focus lands on Add, not on the page body.
  await expect(section.getByRole('button', { name: 'Add outcome' })).toBeFocused();

  await section.getByRole('button', { name: 'Restore the usual outcomes' }).click();
  await expect(outcomeNames(page)).toHaveCount(10);
  await expect(outcome(page, 1)).toHaveValue('Paid in full');

  await section.getByLabel('Your name on receipts').fill('Someone');
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByLabel('Your name on receipts')).toHaveValue('');
  await expect(section.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  // A row just added is not scolded for being empty until Save is pressed.
  await section.getByRole('button', { name: 'Add outcome' }).click();
  await expect(section.getByText('Give this outcome a name, or remove it.')).toHaveCount(0);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Give this outcome a name, or remove it.')).toBeVisible();
  await expect(section.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toBeVisible();
  expect(await stored(app)).toBeUndefined();
});
