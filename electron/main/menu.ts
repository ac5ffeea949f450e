import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu of a packaged FieldDesk: what an agent needs and nothing more. Editing
 * (so copy and paste work, also by keyboard on macOS), zoom for small or large screens, and
 * closing the window. No Reload, no Toggle Developer Tools, no "Learn more" links: Electron's
 * default menu has all three. Plain data, so a test can read it without the Electron binary.
 */
export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const, submenu: [{ role: 'about' as const }, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'quit' as const }] }] : []),
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, mac ? { role: 'close' } : { role: 'quit' }] },
  ];
}

/** Menu roles that must never be reachable in a packaged build. */
export const FORBIDDEN_MENU_ROLES = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu', 'help'] as const;
