import { resolveInside, safeUrlSegments } from '../core/serving/safe-path';
import { APP_HOST, APP_SCHEME } from './trusted-frame';

/**
 * Maps an `app://bundle/...` request to a file, without Electron, so the traversal rules
 * are unit-tested in plain Node (checklist item 18). protocol.ts only does the I/O.
 */
export interface AppRequestOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The backend's media resolver: `/media/<sha256>.<ext>` → absolute path or null. */
  resolveMedia(urlPath: string): Promise<string | null>;
}

export interface AppFile {
  path: string;
  kind: 'bundle' | 'media';
}

/**
 * The file an `app://` URL names, or null (→ 404). The renderer routes with the hash,
 * so unlike the HTTP host there is no fallback to index.html: an unknown path is a 404.
 */
export async function resolveAppRequest(rawUrl: string, opts: AppRequestOptions): Promise<AppFile | null> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username || url.password) return null;
  const path = url.pathname;
  if (!safeUrlSegments(path)) return null;

  if (path.startsWith('/media/')) {
    const file = await opts.resolveMedia(path);
    return file ? { path: file, kind: 'media' } : null;
  }
  const file = await resolveInside(opts.rendererDir, path === '/' ? '/index.html' : path);
  return file ? { path: file, kind: 'bundle' } : null;
}
