import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { mainWindowOptions, secureWebPreferences } from '../../electron/main/window-options';
import {
  appResponseHeaders,
  decidePermission,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  resolveAppFile,
} from '../../electron/main/security';

describe('window options', () => {
  it('isolate the renderer: context isolation, sandbox, no Node, no webview', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/preload/index.cjs',
    });
    expect(mainWindowOptions('/p').webPreferences).toEqual(secureWebPreferences('/p'));
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows scripts from the app only and is the same in the header and the page', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(appResponseHeaders('/x/index.html')['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('navigation and permissions', () => {
  it('recognises only the app origin (and the dev server when developing)', () => {
    expect(isAppUrl('app://fielddesk/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://fielddesk/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173/')).toBe(false);
  });

  it('denies every permission by default, and allowed ones only for the app origin', () => {
    const none = new Set<string>();
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(decidePermission(p, 'app://fielddesk/index.html', none)).toBe(false);
    }
    const media = new Set(['media']);
    const camera = { mediaTypes: ['video'] };
    expect(decidePermission('media', 'app://fielddesk/index.html', media, undefined, camera)).toBe(true);
    expect(decidePermission('media', 'https://evil.example/', media, undefined, camera)).toBe(false);
    expect(decidePermission('geolocation', 'app://fielddesk/index.html', media)).toBe(false);
  });

  it('allows the KYC camera for the app only: video, never the microphone, never another origin', () => {
    const media = new Set(['media']);
    const app = 'app://fielddesk/index.html';
    expect(decidePermission('media', app, media, undefined, { mediaTypes: ['video'] })).toBe(true);
    expect(decidePermission('media', app, media, undefined, { mediaType: 'video' })).toBe(true);
    expect(decidePermission('media', app, media, undefined, { mediaTypes: ['audio'] })).toBe(false);
    expect(decidePermission('media', app, media, undefined, { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(decidePermission('media', app, media, undefined, { mediaType: 'audio' })).toBe(false);
    expect(decidePermission('media', app, media, undefined, {})).toBe(false);
    expect(decidePermission('media', app, media)).toBe(false);
    for (const origin of ['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/']) {
      expect(decidePermission('media', origin, media, undefined, { mediaTypes: ['video'] })).toBe(false);
    }
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'midi', 'hid', 'serial', 'pointerLock', 'display-capture']) {
      expect(decidePermission(p, app, media, undefined, { mediaTypes: ['video'] })).toBe(false);
    }
  });

  it('the session handlers the app installs allow the camera and deny the rest', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session as never, { allowedPermissions: new Set(['media']) });
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const answer = (permission: string, url: string, details: object) => {
      const callback = vi.fn();
      request({ getURL: () => url }, permission, callback, { requestingUrl: url, ...details });
      return callback.mock.calls[0]![0];
    };
    expect(answer('media', 'app://fielddesk/index.html', { mediaTypes: ['video'] })).toBe(true);
    expect(answer('media', 'app://fielddesk/index.html', { mediaTypes: ['audio'] })).toBe(false);
    expect(answer('media', 'https://evil.example/', { mediaTypes: ['video'] })).toBe(false);
    expect(answer('geolocation', 'app://fielddesk/index.html', {})).toBe(false);
    expect(answer('notifications', 'app://fielddesk/index.html', {})).toBe(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check(null, 'media', 'app://fielddesk', { mediaType: 'video' })).toBe(true);
    expect(check(null, 'media', 'app://fielddesk', { mediaType: 'audio' })).toBe(false);
    expect(check(null, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(check(null, 'notifications', 'app://fielddesk', {})).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false);
  });

  it('wires the session handlers to deny', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    request({ getURL: () => 'app://fielddesk/index.html' }, 'media', callback, { requestingUrl: 'app://fielddesk/' });
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check(null, 'notifications', 'app://fielddesk')).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false);
  });

  it('blocks navigation away, redirects, webviews and window.open', () => {
    const listeners = new Map<string, (event: { preventDefault(): void; url?: string }, url?: string) => void>();
    let openHandler: ((d: unknown) => { action: string }) | undefined;
    hardenWebContents({
      on: (name: string, fn: never) => void listeners.set(name, fn),
      setWindowOpenHandler: (fn: never) => void (openHandler = fn),
    } as never);

    const navigate = (name: string, url: string) => {
      const event = { preventDefault: vi.fn(), url };
      listeners.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://fielddesk/index.html')).toBe(false);
    expect(navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://fielddesk/')).toBe(true);
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('app:// protocol file mapping', () => {
  const root = path.resolve('/srv/renderer');
  it('maps app pages into the renderer folder and nothing outside it', () => {
    expect(resolveAppFile('app://fielddesk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://fielddesk/assets/index-abc.js', root)).toBe(path.join(root, 'assets/index-abc.js'));
    const hostile = [
      'app://fielddesk/../../etc/passwd',
      'app://fielddesk/%2e%2e/%2e%2e/etc/passwd',
      'app://fielddesk/assets/%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://fielddesk/..%5c..%5cwindows',
    ];
    for (const url of hostile) {
      const file = resolveAppFile(url, root);
      expect(file === undefined || file.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppFile('app://fielddesk/a%00b', root)).toBeUndefined();
    expect(resolveAppFile('app://fielddesk/%E0%A4%A', root)).toBeUndefined();
    expect(resolveAppFile('app://other/index.html', root)).toBeUndefined();
    expect(resolveAppFile('https://fielddesk/index.html', root)).toBeUndefined();
  });
});
