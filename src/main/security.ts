import { shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-url';
import { isAppUrl, type TrustOptions } from './trusted-frame';

/**
 * Session- and webContents-level hardening (checklist items 5, 11-15). Installed once,
 * before the first window exists, so no webContents escapes it.
 */

/** Opens a link in the user's browser or mail client, if and only if it is safe to. */
export function openExternalSafe(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url).catch(() => {});
  return true;
}

/** The back office needs no camera, location, notifications, MIDI…: deny every request and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Navigation stays inside the app origin; new windows are never created (safe links
 * open in the system browser instead); webview tags can never attach.
 */
export function hardenWebContents(contents: WebContents, trust: TrustOptions): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, trust)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, trust)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafe(url);
    return { action: 'deny' };
  });
}
