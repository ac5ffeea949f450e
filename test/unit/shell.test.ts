import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN_MENU_ROLES } from '../../electron/main/menu';

/**
 * The Electron shell (electron/main/index.ts) with a fake 'electron' module: the real binary
 * cannot run here, but its wiring can be checked: single-instance lock, sandbox, privileged
 * app:// scheme, hardened session and web contents, every channel registered, secure window.
 */
const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    listeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as Array<{ options: any; url?: string }>,
    handled: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    permissionHandler: undefined as undefined | ((...a: unknown[]) => void),
    quit: 0,
    sandboxEnabled: 0,
    isPackaged: false,
    tempDir: '',
    menus: [] as unknown[],
    devToolsClosed: 0,
    webContentsListeners: new Map<string, () => void>(),
    powerListeners: new Map<string, () => void>(),
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    stores: [] as Array<{ get(k: string): unknown }>,
  };
  class BrowserWindow {
    webContents = {
      id: 1,
      on: (name: string, fn: () => void) => void state.webContentsListeners.set(name, fn),
      setWindowOpenHandler: () => undefined,
      closeDevTools: () => void (state.devToolsClosed += 1),
    };
    private record: { options: any; url?: string };
    constructor(options: any) {
      this.record = { options };
      state.windows.push(this.record);
    }
    once() {}
    on() {}
    show() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => state.gotLock,
      enableSandbox: () => void (state.sandboxEnabled += 1),
      quit: () => void (state.quit += 1),
      on: (name: string, fn: (...args: unknown[]) => void) => void state.listeners.set(name, fn),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      getPath: () => state.tempDir,
      get isPackaged() {
        return state.isPackaged;
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: unknown) => void state.menus.push(menu),
    },
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
        state.handled.push(channel);
        state.ipcHandlers.set(channel, fn);
      },
    },
    powerMonitor: { on: (name: string, fn: () => void) => void state.powerListeners.set(name, fn) },
    net: { fetch: async () => new Response('<html></html>') },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) => void state.protocolHandlers.set(scheme, fn),
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: (...a: unknown[]) => void) => void (state.permissionHandler = fn),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));
vi.mock('electron-store', () => ({
  default: class {
    constructor() {
      fake.state.stores.push(this);
    }
    private data = new Map<string, unknown>();
    get(k: string) {
      return this.data.get(k);
    }
    set(k: string, v: unknown) {
      this.data.set(k, v);
    }
    delete(k: string) {
      this.data.delete(k);
    }
  },
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('Electron shell wiring', () => {
  beforeEach(() => {
    vi.resetModules();
    const s = fake.state;
    s.gotLock = true;
    s.listeners.clear();
    s.windows.length = 0;
    s.handled.length = 0;
    s.schemes.length = 0;
    s.protocolHandlers.clear();
    s.quit = 0;
    s.sandboxEnabled = 0;
    s.isPackaged = false;
    s.menus.length = 0;
    s.devToolsClosed = 0;
    s.webContentsListeners.clear();
    s.powerListeners.clear();
    s.ipcHandlers.clear();
    s.stores.length = 0;
    s.tempDir = mkdtempSync(path.join(os.tmpdir(), 'fielddesk-shell-'));
    delete process.env.VITE_DEV_SERVER_URL;
  });
  afterEach(() => {
    delete process.env.VITE_DEV_SERVER_URL;
    rmSync(fake.state.tempDir, { recursive: true, force: true });
  });

  it('packaged: the dev server variable is ignored, DevTools are off, the menu has no DevTools or reload', async () => {
    fake.state.isPackaged = true;
    process.env.VITE_DEV_SERVER_URL = 'http://127.0.0.1:5173/';
    await import('../../electron/main/index');
    await flush();
    const s = fake.state;
    expect(s.windows).toHaveLength(1);
    expect(s.windows[0]!.url).toBe('app://fielddesk/index.html');
    expect(s.windows[0]!.options.webPreferences.devTools).toBe(false);
    // Should DevTools open anyway, they are closed at once.
    s.webContentsListeners.get('devtools-opened')!();
    expect(s.devToolsClosed).toBe(1);
    expect(s.menus).toHaveLength(1);
    const roles = JSON.stringify(s.menus[0]);
    for (const role of FORBIDDEN_MENU_ROLES) expect(roles).not.toContain(`"${role}"`);
    expect(roles).toContain('"paste"');
  });

  it('in development the dev server is used, with DevTools and the default menu', async () => {
    process.env.VITE_DEV_SERVER_URL = 'http://127.0.0.1:5173/';
    await import('../../electron/main/index');
    await flush();
    const s = fake.state;
    expect(s.windows[0]!.url).toBe('http://127.0.0.1:5173/');
    expect(s.windows[0]!.options.webPreferences.devTools).toBe(true);
    expect(s.menus).toHaveLength(0);
  });

  it('loan agreements opened for viewing are deleted at quit, and at the next start after a crash', async () => {
    const s = fake.state;
    // A crash left a viewed agreement behind (and an older build's folder).
    const leftover = path.join(s.tempDir, 'fielddesk-viewing', 'pdf-abc123');
    mkdirSync(leftover, { recursive: true });
    writeFileSync(path.join(leftover, 'loan-L1.pdf'), '%PDF-1.4');
    mkdirSync(path.join(s.tempDir, 'fielddesk-Ab12Cd'));
    writeFileSync(path.join(s.tempDir, 'fielddesk-Ab12Cd', 'old.pdf'), '%PDF-1.4');
    writeFileSync(path.join(s.tempDir, 'someone-else.txt'), 'keep');
    await import('../../electron/main/index');
    await flush();
    expect(existsSync(path.join(s.tempDir, 'fielddesk-viewing'))).toBe(false);
    expect(existsSync(path.join(s.tempDir, 'fielddesk-Ab12Cd'))).toBe(false);
    expect(existsSync(path.join(s.tempDir, 'someone-else.txt'))).toBe(true);

    // Viewed this session, then the app quits.
    const { createElectronFiles } = await import('../../electron/main/files');
    const opened: string[] = [];
    const files = createElectronFiles({
      getWindow: () => undefined,
      dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
      app: { getPath: () => s.tempDir },
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
    });
    await files.openPdf!('loan-L2.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]));
    expect(existsSync(opened[0]!)).toBe(true);
    s.listeners.get('will-quit')!();
    expect(existsSync(opened[0]!)).toBe(false);
    expect(existsSync(path.join(s.tempDir, 'someone-else.txt'))).toBe(true);
  });

  it('opens one secure window on app:// with every channel registered', async () => {
    await import('../../electron/main/index');
    await flush();
    const { channelNames } = await import('../../shared/channels');
    const s = fake.state;
    expect(s.sandboxEnabled).toBe(1);
    expect(s.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(s.listeners.has('second-instance')).toBe(true);
    expect(s.listeners.has('web-contents-created')).toBe(true);
    expect(s.windows).toHaveLength(1);
    expect(s.windows[0]!.url).toBe('app://fielddesk/index.html');
    expect(s.windows[0]!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(s.windows[0]!.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect([...s.handled].sort()).toEqual([...channelNames].sort());

    // Permission requests are denied.
    const answer = vi.fn();
    s.permissionHandler!({ getURL: () => 'app://fielddesk/' }, 'media', answer, { requestingUrl: 'app://fielddesk/' });
    expect(answer).toHaveBeenCalledWith(false);

    // The protocol serves app pages with the CSP header and refuses other hosts.
    const serve = s.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://fielddesk/index.html'));
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('sleep and a locked screen lock FieldDesk and tell the waiting renderer; the PIN uses the production rounds', async () => {
    await import('../../electron/main/index');
    await flush();
    const s = fake.state;
    const fromOurWindow = { sender: { id: 1 }, senderFrame: { url: 'app://fielddesk/index.html', parent: null } };
    const call = (channel: string, input: unknown = {}) => s.ipcHandlers.get(channel)!(fromOurWindow, input) as Promise<any>;
    expect((await call('lock.setPin', { pin: '24680135' })).ok).toBe(true);
    expect((await call('lock.status')).value.state).toBe('unlocked');
    // The shell passes no test-only round count: the stored record says 600,000.
    const stored = s.stores[0]!.get('appLock') as { data: string };
    const record = JSON.parse(Buffer.from(Buffer.from(stored.data, 'base64')).toString());
    expect(record.iterations).toBeGreaterThanOrEqual(600_000);

    for (const reason of ['suspend', 'lock-screen'] as const) {
      const waiting = call('lock.waitForSystemLock');
      s.powerListeners.get(reason)!();
      expect(await waiting).toEqual({ ok: true, value: { reason } });
      expect((await call('lock.status')).value.state).toBe('locked');
      expect((await call('lock.resume')).ok).toBe(false);
      expect((await call('lock.unlock', { pin: '24680135' })).ok).toBe(true);
    }
  }, 30_000);

  it('a second instance hands over and quits without opening a window', async () => {
    fake.state.gotLock = false;
    await import('../../electron/main/index');
    await flush();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handled).toHaveLength(0);
  });
});
