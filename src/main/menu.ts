import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. On macOS, Cmd+C/V/X/A do nothing in text fields unless an Edit
 * menu with these roles exists, and the first menu is the app menu. Roles bring their
 * own CmdOrCtrl accelerators; custom items name theirs explicitly.
 */
export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  /** Shown by Help → Show Data Folder (backups, support). */
  dataDir: string;
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev, appName } = opts;
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Reload', accelerator: 'CmdOrCtrl+R', role: 'reload' },
        ...(isDev ? ([{ role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
        { type: 'separator' },
        { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Show Data Folder', click: () => void shell.openPath(opts.dataDir) },
        ...(isMac ? [] : ([{ role: 'about' }] as MenuItemConstructorOptions[])),
      ],
    },
  ];
}

export function installAppMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(opts)));
}
