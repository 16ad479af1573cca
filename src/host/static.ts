import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasFileExtension, resolveInside, safeUrlSegments } from '../core/serving/safe-path';
import { sendFile, sendNotFound, sendPage } from './responses';

export interface StaticOptions {
  rendererDir: string;
  /** Whether the request carries a valid session; the app shell is only served then. */
  signedIn: boolean;
}

/** Vite puts content-hashed bundles under /assets/; they can be cached forever. */
const isHashedAsset = (rawPath: string) => rawPath.startsWith('/assets/');

/**
 * Serves the built renderer. Unsafe paths are 404 before the file system is touched;
 * extension-less paths that match no file get index.html (client-side routes).
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  opts: StaticOptions,
): Promise<void> {
  if (!safeUrlSegments(rawPath)) return sendNotFound(res);

  const isDocument = rawPath === '/' || rawPath === '/index.html' || !hasFileExtension(rawPath);
  if (!isDocument) {
    const file = await resolveInside(opts.rendererDir, rawPath);
    const cache = isHashedAsset(rawPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (file && (await sendFile(req, res, file, { 'Cache-Control': cache }))) return;
    return sendNotFound(res);
  }

  // An extension-less path may still name a real file (rare); serve it if so.
  if (rawPath !== '/' && rawPath !== '/index.html') {
    const file = await resolveInside(opts.rendererDir, rawPath);
    if (file && (await sendFile(req, res, file, { 'Cache-Control': 'no-cache' }))) return;
  }
  return serveAppShell(req, res, opts);
}

async function serveAppShell(req: IncomingMessage, res: ServerResponse, opts: StaticOptions) {
  const indexFile = join(opts.rendererDir, 'index.html');
  const built = await access(indexFile).then(
    () => true,
    () => false,
  );
  if (!built) {
    return sendPage(
      res,
      503,
      'Storekeeper: the renderer is not built',
      `No index.html in ${opts.rendererDir}. Run "npm run build", then reload this page.`,
    );
  }
  if (!opts.signedIn) {
    return sendPage(
      res,
      403,
      'Storekeeper: sign-in link needed',
      'Open the address that "storekeeper serve" printed (it carries a one-time sign-in token). ' +
        'The token changes every time the server starts.',
    );
  }
  if (!(await sendFile(req, res, indexFile, { 'Cache-Control': 'no-store' }))) sendNotFound(res);
}
