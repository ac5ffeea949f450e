import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * Issue 12, item 1 through the screen: after the Credgenics address changes, the saved token is
 * not sent to the new host and Settings asks for it again; plain http to another computer is refused.
 */
test('changing the Credgenics address asks for the token again, and the new host never gets it', async ({ page, app }, testInfo) => {
  const seen: Array<Record<string, unknown>> = [];
  const attacker = createServer((req, res) => {
    seen.push({ ...req.headers });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  const attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/recovery`;
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open('settings'); // a new laptop would start on the set-up
    const credgenics = page.getByRole('region', { name: 'Credgenics (collections)' });
    await credgenics.getByLabel('Custom URLs').check();
    await credgenics.getByLabel('Credgenics API address').fill(app.sandbox.credgenicsBaseUrl);
    await credgenics.getByLabel('Auth token').fill(app.sandbox.training.credgenicsToken);
    await credgenics.getByRole('button', { name: 'Save' }).click();
    await expect(credgenics.getByRole('group', { name: 'Credgenics auth token' })).toContainText('Set');

    // Plain http to another computer is refused.
    await credgenics.getByLabel('Credgenics API address').fill('http://api.lender.example/recovery');
    await credgenics.getByRole('button', { name: 'Save' }).click();
    await expect(credgenics.getByRole('alert')).toContainText('https://');

    // Another host: the token is not usable there; the screen says why and asks for it.
    await credgenics.getByLabel('Credgenics API address').fill(attackerUrl);
    await credgenics.getByRole('button', { name: 'Save' }).click();
    await expect(credgenics.getByRole('alert').filter({ hasText: 'address changed' })).toBeVisible();
    await expect(credgenics.getByLabel('Auth token')).toBeVisible();
    await credgenics.getByRole('button', { name: 'Test connection' }).click();
    await expect(credgenics.getByText(/Enter the token again/).first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('settings-host-changed-1366x768.png') });
    await page.screenshot({ path: 'test/e2e/out/settings-host-changed-1366x768.png' });
    expect(seen.filter((h) => 'authenticationtoken' in h)).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  }
});
