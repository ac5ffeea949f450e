import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { LANGUAGES, showScreen, usedLaptop } from './every-screen';

/**
 * axe-core over every screen at the field laptop's size, in each language: no serious or critical
 * violation (contrast, names of controls, landmarks, focusable scroll areas, ...).
 */
for (const language of LANGUAGES) {
  test(`every screen in ${language} at 1366×768 has no serious or critical accessibility violation`, async ({ page, app }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const screens = await usedLaptop(page, app, language);
    const found: string[] = [];
    for (const screen of screens) {
      await showScreen(page, screen);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of result.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
        found.push(`${screen.name}: ${v.id} (${v.impact}, ${v.nodes.length}×) ${v.help}\n    ${where.join('\n    ')}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}
