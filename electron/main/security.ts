import path from 'node:path';
import type { Event, HandlerDetails, Session, WebContents } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './csp';

/**
 * Guards for everything a web page could try: navigating away, opening windows, embedding
 * webviews, asking for permissions. This module imports only Electron's *types*, so its
 * decisions are unit-tested under plain Node with fake sessions and web contents.
 */

/** The app's own pages: app://fielddesk/..., or the Vite dev server while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
    if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
    return false;
  } catch {
    return false;
  }
}

/** What Electron tells about a 'media' request or check: which devices it is for. */
export interface PermissionDetails {
  /** Permission requests: the kinds of device asked for. */
  mediaTypes?: readonly string[];
  /** Permission checks: the one kind of device asked about. */
  mediaType?: string;
}

/**
 * Every permission is denied, except those in `allowed` for the app's own origin. The KYC
 * camera adds 'media', and for it only the camera: a request that names no device, or any
 * device but video (the microphone), is refused.
 */
export function decidePermission(
  permission: string,
  requestingUrl: string,
  allowed: ReadonlySet<string>,
  devServerUrl?: string,
  details?: PermissionDetails,
): boolean {
  if (!allowed.has(permission) || !isAppUrl(requestingUrl, devServerUrl)) return false;
  if (permission === 'media') return videoOnly(details);
  return true;
}

function videoOnly(details: PermissionDetails | undefined): boolean {
  const kinds = details?.mediaTypes ?? (details?.mediaType !== undefined ? [details.mediaType] : []);
  return kinds.length > 0 && kinds.every((kind) => kind === 'video');
}

export interface SecurityOptions {
  devServerUrl?: string;
  allowedPermissions?: ReadonlySet<string>;
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

export function hardenSession(session: SessionLike, options: SecurityOptions = {}): void {
  const allowed = options.allowedPermissions ?? new Set<string>();
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const url = details?.requestingUrl ?? webContents?.getURL() ?? '';
    const mediaTypes = (details as { mediaTypes?: string[] } | undefined)?.mediaTypes;
    callback(decidePermission(permission, url, allowed, options.devServerUrl, { mediaTypes }));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    decidePermission(permission, requestingOrigin, allowed, options.devServerUrl, {
      mediaType: (details as { mediaType?: string } | undefined)?.mediaType,
    }),
  );
  session.setDevicePermissionHandler(() => false);
}

type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(contents: WebContentsLike, options: SecurityOptions = {}): void {
  const refuseForeign = (event: Event, url: string) => {
    if (!isAppUrl(url, options.devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-frame-navigate', (event: Event & { url?: string }) => {
    if (!isAppUrl(event.url ?? '', options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
  // Links to the outside world are never opened inside the app.
  contents.setWindowOpenHandler((_details: HandlerDetails) => ({ action: 'deny' }));
}

/**
 * Maps app://fielddesk/<path> to a file under `rootDir`. Anything outside it (../, encoded
 * traversal, another host) answers undefined, which the protocol handler turns into a 404.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers every app page is served with. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': contentTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}

export { APP_ORIGIN };
