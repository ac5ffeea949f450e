import { expect, test } from './fixtures';

const WRONG_TOKEN = 'cg-wrong-token-7f3a9e51';
const WRONG_PASSWORD = 'glaas-wrong-pass-41c8';

test('a first-time user picks Training and both platforms say Connected', async ({ page, app }) => {
  await app.open('settings'); // a new laptop would start on the set-up
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByText(/New here\? Pick Training/)).toBeVisible();

  const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
  const glaas = page.getByRole('region', { name: 'GLAAS (loans, repayments and KYC)' });

  await credgenics.getByLabel('Training (demo data, no sign-in)').check();
  await credgenics.getByRole('button', { name: 'Test connection' }).click();
  await expect(credgenics.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

  await glaas.getByLabel('Training (demo data, no sign-in)').check();
  await glaas.getByRole('button', { name: 'Test connection' }).click();
  await expect(glaas.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
});

test('a wrong token or password is explained in plain words, and credentials survive a reload', async ({
  page,
  app,
}) => {
  await app.open('settings'); // a new laptop would start on the set-up
  const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
  const glaas = page.getByRole('region', { name: 'GLAAS (loans, repayments and KYC)' });

  // Credgenics on Custom URLs (pointing at the sandbox) with a wrong token.
  await credgenics.getByLabel('Custom URLs').check();
  await credgenics.getByLabel('Credgenics API address').fill(app.sandbox.credgenicsBaseUrl);
  await credgenics.getByLabel('Company id (optional)').fill('company-e2e-1');
  await credgenics.getByLabel('Auth token').fill(WRONG_TOKEN);
  await credgenics.getByRole('button', { name: 'Save' }).click();
  await expect(credgenics.getByText('Saved.')).toBeVisible();
  await credgenics.getByRole('button', { name: 'Test connection' }).click();
  await expect(credgenics.getByRole('alert')).toContainText('Credgenics did not accept the auth token');

  // GLAAS on Custom URLs with a wrong password.
  await glaas.getByLabel('Custom URLs').check();
  await glaas.getByLabel('GLAAS sign-in address').fill(app.sandbox.glaasAuthUrl);
  await glaas.getByLabel('GLAAS API address').fill(app.sandbox.glaasApiUrl);
  await glaas.getByLabel('Username').fill(app.sandbox.training.glaasUsername);
  await glaas.getByLabel('Password').fill(WRONG_PASSWORD);
  await glaas.getByRole('button', { name: 'Save' }).click();
  await expect(glaas.getByText('Saved.')).toBeVisible();
  await glaas.getByRole('button', { name: 'Test connection' }).click();
  await expect(glaas.getByRole('alert')).toContainText('GLAAS did not accept the username or password');

  // Restart the renderer: the secrets are still set, and never shown.
  await page.reload();
  await expect(credgenics.getByRole('group', { name: 'Credgenics auth token' })).toContainText('Set');
  await expect(glaas.getByRole('group', { name: 'GLAAS username and password' })).toContainText('Set');
  await expect(credgenics.getByLabel('Credgenics API address')).toHaveValue(app.sandbox.credgenicsBaseUrl);
  await expect(page.locator('input[type=password]')).toHaveCount(0);
  // The failed check is remembered with its reason.
  await expect(credgenics.getByText(/Last checked .*did not accept the auth token/)).toBeVisible();

  // Replace the token with the right one: Connected.
  await credgenics.getByRole('button', { name: 'Replace' }).click();
  await credgenics.getByLabel('Auth token').fill(app.sandbox.training.credgenicsToken);
  await credgenics.getByRole('button', { name: 'Save' }).click();
  await credgenics.getByRole('button', { name: 'Test connection' }).click();
  await expect(credgenics.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  // The company id travelled with the check.
  const probe = app.sandbox.state.requests.filter((r) => r.path.includes('/credgenics/recovery/loan/')).at(-1);
  expect(probe?.query.company_id).toBe('company-e2e-1');

  // Remove asks first, then forgets.
  await glaas.getByRole('button', { name: 'Remove' }).click();
  await glaas.getByRole('button', { name: 'Remove' }).first().click();
  await expect(glaas.getByLabel('Password')).toBeVisible();

  // Nothing the renderer received, nothing logged and nothing printed holds a secret.
  const everything = [
    ...app.main.answers,
    ...app.main.logs.map((r) => JSON.stringify(r)),
    ...app.consoleLines,
    await page.content(),
  ].join('\n');
  for (const secret of [WRONG_TOKEN, WRONG_PASSWORD, app.sandbox.training.credgenicsToken]) {
    expect(everything).not.toContain(secret);
  }
  expect(app.main.answers.length).toBeGreaterThan(10);
});

test('garbage sent to every channel is refused and the app keeps working', async ({ page, app }) => {
  await app.open('settings'); // a new laptop would start on the set-up
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  const kinds = await page.evaluate(async () => {
    const garbage: unknown[] = [
      42,
      'x'.repeat(200_000),
      null,
      [1, 2, 3],
      { constructor: { prototype: { polluted: true } } },
      // An own "__proto__" key is tested in test/unit/ipc.test.ts: Playwright's binding
      // serialiser turns it into a prototype on the way in, which Electron's structured clone
      // does not, so it cannot be sent faithfully from here.
      { platform: 'nope', token: 7, extra: true },
    ];
    const out: string[] = [];
    const surface = window.fielddesk as unknown as Record<string, Record<string, (i: unknown) => Promise<any>>>;
    for (const feature of Object.keys(surface)) {
      for (const method of Object.keys(surface[feature]!)) {
        for (const input of garbage) {
          const answer = await surface[feature]![method]!(input);
          out.push(`${feature}.${method}:${answer.ok ? 'ok' : answer.error.kind}`);
        }
      }
    }
    return out;
  });
  expect(kinds.length).toBeGreaterThan(50);
  expect(kinds.filter((k) => !k.endsWith(':rejected'))).toEqual([]);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // Still working: choose Training and connect.
  const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
  await credgenics.getByLabel('Training (demo data, no sign-in)').check();
  await credgenics.getByRole('button', { name: 'Test connection' }).click();
  await expect(credgenics.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
});
