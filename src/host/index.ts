import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../core/backend-types';
import { silentLogger, type Logger } from '../core/ports';
import { createRequestListener } from './http';
import { createSessionToken, TOKEN_QUERY_PARAM } from './security';
import { SseHub } from './sse';

export interface HostOptions {
  backend: Backend;
  /** 0 (default) picks any free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  log?: Logger;
}

export interface RunningHost {
  /** `http://127.0.0.1:<port>/`: the origin, without credentials. */
  url: string;
  /** `url` plus `?token=…`: opening it signs a browser in (cookie) and redirects to `/`. */
  signInUrl: string;
  port: number;
  /** Per-start secret; send as `Authorization: Bearer <token>` from tests and tools. */
  token: string;
  /** Ends event streams and open connections, then stops listening. Does not close the backend. */
  close(): Promise<void>;
}

/**
 * The HTTP host: the same backend the Electron shell uses, served to a browser on
 * 127.0.0.1 for `npm run web` and Playwright. Never started by the packaged app.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = createSessionToken();
  const sse = new SseHub(opts.backend);
  let boundPort = 0;
  const server: Server = createServer(
    createRequestListener({
      backend: opts.backend,
      token,
      rendererDir: opts.rendererDir,
      log: opts.log ?? silentLogger,
      sse,
      port: () => boundPort,
    }),
  );
  // Slow-loris protection; SSE streams are long-lived responses, not slow requests.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: opts.port ?? 0, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${boundPort}/`;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      sse.closeAll();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    url,
    signInUrl: `${url}?${TOKEN_QUERY_PARAM}=${token}`,
    port: boundPort,
    token,
    close,
  };
}
