import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session } from 'electron';
import { startBackendThread } from '../core/backend-thread';
import type { Backend } from '../core/backend-types';
import { defaultDataDir } from '../core/paths';
import { forwardEvents, registerIpcHandlers } from './ipc';
import { installAppMenu } from './menu';
import { handleAppProtocol, registerAppSchemePrivileges } from './protocol';
import { createSafeStorageSecretStore } from './secrets';
import { hardenWebContents, denyAllPermissions } from './security';
import { APP_ORIGIN_URL, type TrustOptions } from './trusted-frame';
import { createMainWindow } from './window';

/**
 * The Electron shell: windows, menu, protocol and IPC routing. No SQL or image work
 * happens here; the backend runs in a worker thread and main only forwards calls.
 */

// Must happen before `ready`.
registerAppSchemePrivileges();

/** `--data-dir DIR` / `--data-dir=DIR` (e2e runs use a temp folder); else the per-user folder. */
function dataDirFromArgs(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]);
    if (argv[i].startsWith('--data-dir=') && argv[i].length > '--data-dir='.length) {
      return resolve(argv[i].slice('--data-dir='.length));
    }
  }
  return null;
}

const dataDir = dataDirFromArgs(process.argv) ?? defaultDataDir();
// Pin userData to the folder the CLI computes, whatever name package.json gives the app.
app.setPath('userData', dataDir);

const devServerUrl = app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null);
const trust: TrustOptions = { devServerUrl };
const startUrl = devServerUrl ?? `${APP_ORIGIN_URL}index.html`;

// Installed before any webContents can exist, so none escapes the hardening.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trust));

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database would fight over it: hand over to the first one.
  app.quit();
} else {
  runApp();
}

function runApp(): void {
  let backend: Backend | null = null;
  let mainWindow: BrowserWindow | null = null;

  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createMainWindow({ startUrl });
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('second-instance', () => {
    if (backend) showWindow();
  });
  // macOS apps stay alive without windows and reopen one from the Dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  // Let running jobs finish their step and the database close cleanly before exit.
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      const secrets = createSafeStorageSecretStore(safeStorage, join(dataDir, 'secrets.json'));
      if (secrets.warning) console.warn(`[storekeeper] ${secrets.warning}`);

      backend = await startBackendThread(
        {
          dataDir,
          appVersion: app.getVersion(),
          electronVersion: process.versions.electron ?? null,
          runJobs: true,
        },
        join(__dirname, 'backend-thread.js'),
      );
      handleAppProtocol(join(__dirname, '..', 'renderer'), backend);
      registerIpcHandlers(ipcMain, backend, trust);
      forwardEvents(backend, () => BrowserWindow.getAllWindows().map((w) => w.webContents), trust);
      installAppMenu({
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        appName: app.getName(),
        dataDir,
      });
      showWindow();
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'Storekeeper could not start',
        `${err instanceof Error ? err.message : String(err)}\n\nData folder: ${dataDir}`,
      );
      app.exit(1);
    });
}
