import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { appResponseHeaders } from '../../electron/main/security';

/**
 * Serves the built renderer (dist/renderer) to a browser context the way the app:// protocol
 * does in Electron: from local files, with the app's headers (CSP included), and with no
 * network involved, so it keeps working when a test switches the context offline.
 */
export const RENDERER_ORIGIN = 'http://fielddesk.local';

export async function serveRenderer(context: BrowserContext, rootDir = 'dist/renderer'): Promise<string> {
  const root = path.resolve(rootDir);
  await context.route(`${RENDERER_ORIGIN}/**`, async (route) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(route.request().url()).pathname);
    } catch {
      return route.fulfill({ status: 400 });
    }
    const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
    if (!file.startsWith(root + path.sep)) return route.fulfill({ status: 404 });
    try {
      return await route.fulfill({ status: 200, headers: appResponseHeaders(file), body: await readFile(file) });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  return `${RENDERER_ORIGIN}/index.html`;
}
