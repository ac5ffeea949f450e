import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The start path (issue 14: start fast). The entry asks for the start screen's chunk before
 * React has arrived, so which chunks a start fetches is decided here, without React.
 */
describe('start-up chunks', () => {
  it('a start on an address fetches that screen only, and the screen is then ready without suspending', async () => {
    const { chunks, preloadStartScreens } = await import('../../../renderer/src/screen-chunks');
    expect(chunks.settings.loaded).toBeUndefined();
    await preloadStartScreens('#/settings');
    expect(chunks.settings.loaded?.SettingsScreen).toBeTypeOf('function');
    // Not the loans screen: a reload on Settings does not pay for My loans first.
    expect(chunks.loans.loaded).toBeUndefined();
    expect(chunks.firstRun.loaded).toBeUndefined();
  });

  it('a start with no address fetches My loans and the set-up (only settings tell which it is)', async () => {
    const { chunks, preloadStartScreens } = await import('../../../renderer/src/screen-chunks');
    await preloadStartScreens('');
    expect(chunks.loans.loaded?.LoansScreen).toBeTypeOf('function');
    expect(chunks.refresh.loaded?.RefreshPanel).toBeTypeOf('function');
    expect(chunks.firstRun.loaded?.FirstRunScreen).toBeTypeOf('function');
    expect(chunks.visit.loaded).toBeUndefined();
  });

  it('a chunk that failed to arrive is fetched again next time, and a start settles either way', async () => {
    const { chunk } = await import('../../../renderer/src/screen-chunks');
    let calls = 0;
    const flaky = chunk(() => (++calls === 1 ? Promise.reject(new Error('files swapped by an update')) : Promise.resolve({ ok: true })));
    await expect(flaky.load()).rejects.toThrow('files swapped');
    expect(flaky.loaded).toBeUndefined();
    await expect(flaky.load()).resolves.toEqual({ ok: true });
    expect(flaky.loaded).toEqual({ ok: true });
    // Fetched once, then shared.
    await flaky.load();
    expect(calls).toBe(2);
  });

  it('the entry imports nothing heavy itself: boot, the app and the screen are separate requests', () => {
    const entry = readFileSync('renderer/src/main.tsx', 'utf8');
    const staticImports = [...entry.matchAll(/^import\s+(?:[^'"]+from\s+)?'([^']+)'/gm)].map((m) => m[1]);
    // Styles and the font (linked by the page) and the React-free chunk registry, nothing else.
    expect(staticImports.filter((source) => !source!.endsWith('.css'))).toEqual(['./screen-chunks']);
    expect(entry).toMatch(/import\('\.\/boot'\)/);
    expect(entry).toMatch(/import\('\.\/start'\)/);
    const registry = readFileSync('renderer/src/screen-chunks.ts', 'utf8');
    expect(registry).not.toMatch(/from 'react/);
    expect(readFileSync('renderer/src/ui/route-parse.ts', 'utf8')).not.toMatch(/from 'react/);
  });
});
