/**
 * Which frames may call the backend over IPC (checklist item 17). No Electron import,
 * so the rule is unit-tested in plain Node with frame-like objects.
 */

/** The origin the packaged renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;

export interface FrameLike {
  readonly url: string;
}

export interface TrustOptions {
  /** electron-vite's dev-server URL (ELECTRON_RENDERER_URL); trusted only in dev builds. */
  devServerUrl?: string | null;
}

/** True for a URL on our own app origin (`app://bundle/...`) or the dev server's origin. */
export function isAppUrl(raw: unknown, opts: TrustOptions = {}): boolean {
  if (typeof raw !== 'string') return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  // `app:` is not a WHATWG special scheme, so `url.origin` is "null": compare the parts.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (!opts.devServerUrl) return false;
  try {
    const dev = new URL(opts.devServerUrl);
    return (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin;
  } catch {
    return false;
  }
}

/** A frame may call the backend only while it shows our own app. */
export function isTrustedFrame(frame: FrameLike | null | undefined, opts: TrustOptions = {}): boolean {
  if (!frame || typeof frame.url !== 'string') return false;
  return isAppUrl(frame.url, opts);
}
