import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { LANGUAGES, showScreen, usedLaptop } from './every-screen';

/**
 * Pictures of every screen, for a person to look at (the issue asks for it before closing):
 * test/e2e/out/screens/<language>-<width>-<screen>.png, git-ignored. 1366×768 is the usual field
 * laptop; 1920×1080 is taken of the loan list, to see the header at both widths.
 */
const OUT = path.resolve('test/e2e/out/screens');

for (const language of LANGUAGES) {
  test(`screenshots of every screen in ${language} at 1366×768 (and the header at 1920×1080)`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await mkdir(OUT, { recursive: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    const screens = await usedLaptop(page, app, language);
    for (const screen of screens) {
      await showScreen(page, screen);
      await page.screenshot({ path: path.join(OUT, `${language}-1366-${screen.name}.png`) });
      await page.screenshot({ path: path.join(OUT, `${language}-1366-${screen.name}-full.png`), fullPage: true });
    }
    // The header never wraps: one line high at the narrow laptop width.
    const header = page.locator('header.app-header');
    expect((await header.boundingBox())!.height).toBeLessThan(72);
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const screen of screens.filter((s) => ['loans', 'loan'].includes(s.name))) {
      await showScreen(page, screen);
      await page.screenshot({ path: path.join(OUT, `${language}-1920-${screen.name}.png`) });
    }
  });
}
