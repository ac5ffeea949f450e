import { expect, test } from './fixtures';
test('tmp online', async ({ page, app, context }) => {
  await app.main.invoke('settings.update', { credgenics: { environment: 'training' }, glaas: { environment: 'training' } });
  await app.network(false);
  await app.open();
  console.log('onLine', await page.evaluate(() => navigator.onLine));
  await context.setOffline(false); await context.setOffline(true);
  console.log('onLine toggled', await page.evaluate(() => navigator.onLine));
  await page.reload();
  console.log('onLine after reload', await page.evaluate(() => navigator.onLine));
  await page.goto(page.url().replace(/#.*$/, '#/sync'));
  console.log('onLine after goto hash', await page.evaluate(() => navigator.onLine));
  expect(1).toBe(1);
});
