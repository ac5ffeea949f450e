import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { START_SCREENS, startScreenFiles, startScript, type ChunkInfo } from '../../../build/start-screen-preload';

/**
 * Issue 14 (start fast): the build writes start-screen.js, which preloads the start screen's
 * chunks from the address before the app's own scripts have evaluated.
 */

const chunk = (fileName: string, extra: Partial<ChunkInfo> = {}): ChunkInfo => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports: [],
  ...extra,
});

/** A bundle shaped like the real one: an entry with a shared chunk, and lazy screens. */
const bundle: Record<string, ChunkInfo | { type: 'asset' }> = {
  'index.html': { type: 'asset' },
  'assets/index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/renderer/index.html', imports: ['assets/react.js'] }),
  'assets/react.js': chunk('assets/react.js'),
  'assets/Settings.js': chunk('assets/Settings.js', {
    facadeModuleId: '/app/renderer/src/features/settings/SettingsScreen.tsx',
    imports: ['assets/react.js', 'assets/Table.js'],
    viteMetadata: { importedCss: new Set(['assets/Settings.css']) },
  }),
  'assets/Table.js': chunk('assets/Table.js', { imports: ['assets/react.js'], viteMetadata: { importedCss: new Set(['assets/Table.css']) } }),
  'assets/Loans.js': chunk('assets/Loans.js', { facadeModuleId: '/app/renderer/src/features/loans/LoansScreen.tsx', imports: ['assets/Table.js'] }),
  'assets/Refresh.js': chunk('assets/Refresh.js', { facadeModuleId: '/app/renderer/src/features/loans/RefreshPanel.tsx' }),
  'assets/FirstRun.js': chunk('assets/FirstRun.js', { facadeModuleId: '/app/renderer/src/features/setup/FirstRunScreen.tsx' }),
  'assets/Visit.js': chunk('assets/Visit.js', { facadeModuleId: '/app/renderer/src/features/collections/VisitScreen.tsx' }),
};

describe('the files each start address preloads', () => {
  const files = startScreenFiles(bundle);

  it("a screen's chunk, the chunks it imports and their stylesheets, less what the entry already loads", () => {
    expect(files['/settings']).toStrictEqual(['./assets/Settings.js', './assets/Table.js', './assets/Settings.css', './assets/Table.css']);
  });

  it('no address starts on My loans or the set-up, so both are preloaded; a shared chunk once', () => {
    expect(files['']).toStrictEqual(['./assets/Loans.js', './assets/Table.js', './assets/Refresh.js', './assets/FirstRun.js', './assets/Table.css']);
    expect(files['/']).toStrictEqual(files['']);
    expect(files['/loans']).toStrictEqual(['./assets/Loans.js', './assets/Table.js', './assets/Refresh.js', './assets/Table.css']);
  });

  it('other screens are not preloaded at start', () => {
    expect(Object.values(files).flat()).not.toContain('./assets/Visit.js');
  });

  it('a start screen that is no longer a chunk of its own fails the build, instead of preloading nothing', () => {
    const { ['assets/FirstRun.js']: _gone, ...without } = bundle;
    expect(() => startScreenFiles(without)).toThrow(/no chunk for features\/setup\/FirstRunScreen\.tsx/);
  });
});

describe('the start screens are the ones the app opens on', () => {
  it('every listed module is a lazy screen in screens.tsx', () => {
    const screens = readFileSync('renderer/src/screens.tsx', 'utf8');
    for (const module of new Set(Object.values(START_SCREENS).flat())) {
      expect(screens, module).toContain(`import('./${module.replace(/\.tsx$/, '')}')`);
    }
  });
});

describe('start-screen.js in the page', () => {
  /** Runs the generated script against a fake document at `hash`; answers the links it added. */
  function linksAt(hash: string) {
    const added: Array<{ rel: string; href: string; crossOrigin?: string }> = [];
    const document = {
      createElement: () => ({}) as { rel: string; href: string; crossOrigin?: string },
      head: { appendChild: (link: (typeof added)[number]) => added.push(link) },
    };
    runInNewContext(startScript(startScreenFiles(bundle)), { document, location: { hash } });
    return added;
  }

  it('on #/settings: module preloads (CORS, as Vite loads modules) and stylesheets for Settings only', () => {
    expect(linksAt('#/settings')).toStrictEqual([
      { rel: 'modulepreload', crossOrigin: '', href: './assets/Settings.js' },
      { rel: 'modulepreload', crossOrigin: '', href: './assets/Table.js' },
      { rel: 'stylesheet', href: './assets/Settings.css' },
      { rel: 'stylesheet', href: './assets/Table.css' },
    ]);
  });

  it('on a loan page or an address it does not know: nothing', () => {
    expect(linksAt('#/loans/L1')).toStrictEqual([]);
    expect(linksAt('#/nowhere')).toStrictEqual([]);
  });

  it('with no address: My loans and the set-up', () => {
    expect(linksAt('').map((l) => l.href)).toContain('./assets/FirstRun.js');
  });
});
