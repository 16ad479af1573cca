import { join } from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';

/**
 * The only web preferences any window gets (Electron security checklist items 2, 3,
 * 4, 6, 8, 9, 10; asserted by test/node/security.test.ts). ESLint bans
 * `new BrowserWindow` outside this file, so no window can be built without them.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: undefined,
  webviewTag: false,
  // The preload is a single CommonJS bundle: a sandboxed preload can be nothing else.
  preload: join(__dirname, '..', 'preload', 'index.js'),
} satisfies WebPreferences);

export interface MainWindowOptions {
  /** app://bundle/ in a build; electron-vite's dev-server URL in `dev`. */
  startUrl: string;
}

/** The main window. The only `new BrowserWindow` in the code base. */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Storekeeper',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES },
  });
  // Shown on first paint so the window never flashes white-on-dark or half-drawn.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.startUrl);
  return win;
}
