/**
 * The one Content-Security-Policy of the app, sent as a header by the app:// protocol handler
 * (and by the browser harness's static server) and repeated as a <meta> in renderer/index.html.
 * The renderer makes no network calls at all: HTTP lives in the main process.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
].join('; ');

/** The scheme and host the app's own pages are served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fielddesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
