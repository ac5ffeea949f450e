/**
 * Electron lifecycle and wiring only: single-instance lock, the app:// protocol, security guards,
 * IPC, the window. All behaviour lives in createMainApi and its services, which run (and are
 * tested) under plain Node.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import Store from 'electron-store';
import { channelNames } from '../../shared/channels';
import { startSandbox, type Sandbox } from '../sandbox';
import { createMainApi, type MainApi } from './api';
import { createElectronFiles, removeViewedFiles } from './files';
import { APP_SCHEME } from './csp';
import { registerIpc } from './ipc';
import { appMenuTemplate } from './menu';
import { appResponseHeaders, hardenSession, hardenWebContents, resolveAppFile } from './security';
import { consoleSink, createLogger } from './services/log';
import type { CipherPort } from './services/ports';
import { createMainWindow } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// The dev server is for development only: a packaged build never loads a page from an address
// an environment variable names (anyone who can set one could serve their own page with our bridge).
const packaged = app.isPackaged;
const devServerUrl = packaged ? undefined : process.env.VITE_DEV_SERVER_URL;

// Must happen before 'ready': app:// behaves like https (standard, secure, fetch-able).
protocol.registerSchemesAsPrivileged([
  // codeCache: V8 keeps the compiled app code between starts (standard schemes only), as it does for https.
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | undefined;
let api: MainApi | undefined;
let trainingSandbox: Promise<Sandbox> | undefined;

const log = createLogger(consoleSink, () => api?.vault.knownSecrets() ?? []);

if (!app.requestSingleInstanceLock()) {
  // A second FieldDesk would open the same IndexedDB and race the outbox: hand over and quit.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devServerUrl }));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void trainingSandbox?.then((s) => s.close());
    // Loan agreements opened for viewing do not outlive the session.
    removeViewedFiles(app.getPath('temp'));
  });
  void app.whenReady().then(start);
}

function electronCipher(): CipherPort {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () =>
      process.platform === 'linux'
        ? safeStorage.getSelectedStorageBackend()
        : process.platform === 'win32'
          ? 'dpapi'
          : 'keychain',
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher)),
  };
}

async function start(): Promise<void> {
  // A crash skipped 'will-quit': what was opened for viewing then is deleted now.
  removeViewedFiles(app.getPath('temp'));
  // The KYC camera: 'media' (video only) for the app's own pages; every other permission stays denied.
  hardenSession(session.defaultSession, { devServerUrl, allowedPermissions: new Set(['media']) });

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, { status: 200, headers: appResponseHeaders(file) });
  });

  // electron-store keeps settings and the vault's cipher text; its own encryptionKey would be
  // obfuscation only, so it is not used: secrets are encrypted by safeStorage before they get here.
  const store = new Store<Record<string, unknown>>({ name: 'fielddesk' });

  api = createMainApi({
    store: {
      get: (key) => store.get(key),
      set: (key, value) => store.set(key, value),
      delete: (key) => store.delete(key),
    },
    cipher: electronCipher(),
    fetch: globalThis.fetch,
    log,
    appInfo: { version: app.getVersion(), platform: process.platform, shell: 'electron' },
    training: {
      endpoints: async () => {
        // Training mode: the sandbox runs in-process on a free loopback port, started on first use.
        trainingSandbox ??= startSandbox({ port: 0, loanCount: 1000 });
        return trainingSandbox;
      },
    },
    // Receipts print the main window to PDF; reports save text. Both ask where with a dialog.
    files: createElectronFiles({ getWindow: () => mainWindow, dialog, app, openPath: (p) => shell.openPath(p) }),
  });

  // Sleep or a locked screen locks FieldDesk too: a laptop left shut in a bag shows nothing.
  const lockedBySystem = (reason: 'suspend' | 'lock-screen') => () => {
    api?.appLock.lock();
    api?.systemLock.notify(reason);
  };
  powerMonitor.on('suspend', lockedBySystem('suspend'));
  powerMonitor.on('lock-screen', lockedBySystem('lock-screen'));

  registerIpc(
    ipcMain,
    channelNames,
    api.dispatch,
    { webContentsId: () => mainWindow?.webContents.id, devServerUrl },
    log,
  );

  // Packaged: a menu with what agents need only (no DevTools, no reload); in development Electron's default.
  if (packaged) Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform)));
  mainWindow = createMainWindow(BrowserWindow, { preloadPath, devServerUrl, devTools: !packaged });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}
