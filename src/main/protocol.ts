import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import type { Backend } from '../core/backend-types';
import { contentTypeFor } from '../core/serving/mime';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../core/serving/security-headers';
import { resolveAppRequest } from './app-request';
import { APP_SCHEME } from './trusted-frame';

/**
 * `app://bundle/` serves the renderer instead of `file://` (checklist item 18): a
 * standard, secure origin of its own, so `'self'` in the CSP means exactly the bundle.
 * Must run before `app` is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** Installs the `app://` handler: bundle files and, under /media/, the backend's media. */
export function handleAppProtocol(rendererDir: string, backend: Pick<Backend, 'resolveMedia'>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = await resolveAppRequest(request.url, {
      rendererDir,
      resolveMedia: (path) => backend.resolveMedia(path),
    });
    if (!file) return notFound();
    try {
      const info = await stat(file.path);
      const headers = {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeFor(file.path),
        'Content-Length': String(info.size),
        'Cache-Control': file.kind === 'media' ? IMMUTABLE_CACHE : 'no-cache',
      };
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    } catch {
      return notFound();
    }
  });
}
