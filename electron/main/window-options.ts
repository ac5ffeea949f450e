import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The web preferences of every FieldDesk window. Kept apart from window.ts, as plain data, so a
 * unit test can assert them without the Electron binary.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    // Packaged builds have no DevTools: an agent's laptop must not offer a console into the
    // page that holds borrowers' data and talks to the main process.
    devTools: options.devTools ?? true,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string, options: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false, // shown on 'ready-to-show' so the user never sees a blank white window
    title: 'FieldDesk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, options),
  };
}
