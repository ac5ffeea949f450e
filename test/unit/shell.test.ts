import { beforeEach, describe, expect, it, vi } from 'vitest';

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
  };
  class BrowserWindow {
    webContents = { id: 1, on: () => undefined, setWindowOpenHandler: () => undefined };
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
    },
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: true, filePath: '' }) },
    ipcMain: { handle: (channel: string) => void state.handled.push(channel) },
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
  });

  it('opens one secure window on app:// with every channel registered', async () => {
    await import('../../electron/main/index');
    await flush();
    const { channelNames } = await import('../../shared/channels');
    const s = fake.state;
    expect(s.sandboxEnabled).toBe(1);
    expect(s.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
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

  it('a second instance hands over and quits without opening a window', async () => {
    fake.state.gotLock = false;
    await import('../../electron/main/index');
    await flush();
    expect(fake.state.quit).toBe(1);
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handled).toHaveLength(0);
  });
});
