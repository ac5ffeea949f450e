import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './csp';
import { hardenWebContents, type SecurityOptions } from './security';
import { mainWindowOptions } from './window-options';

type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

/**
 * Creates the one FieldDesk window. The constructor is passed in (index.ts owns the
 * `electron` import), so this file stays free of side effects on import.
 */
export function createMainWindow(
  BrowserWindow: BrowserWindowCtor,
  options: { preloadPath: string; devServerUrl?: string; security?: SecurityOptions; devTools?: boolean },
): BrowserWindowType {
  const devTools = options.devTools ?? true;
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, { devTools }));
  // Belt and braces: should anything open DevTools in a packaged build, they close at once.
  if (!devTools) window.webContents.on('devtools-opened', () => window.webContents.closeDevTools());
  hardenWebContents(window.webContents, { ...options.security, devServerUrl: options.devServerUrl });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
