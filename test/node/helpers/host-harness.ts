import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../src/core/backend';
import type { Backend } from '../../../src/core/backend-types';
import { silentLogger } from '../../../src/core/ports';
import { startHost, type RunningHost } from '../../../src/host';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with the path sent byte for byte. fetch() normalises `..` and
 * `%2e%2e` before sending, which would hide exactly the attacks under test.
 */
export function rawRequest(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined && opts.chunked) {
      // Written in pieces without Content-Length: the limit must hold while streaming too.
      const body = Buffer.from(opts.body);
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else {
      req.end(opts.body);
    }
  });
}

export interface HostFixture {
  root: string;
  dataDir: string;
  rendererDir: string;
  /** Text of a file next to (outside) the renderer folder: must never be served. */
  secret: string;
  backend: Backend;
  host: RunningHost;
  auth: Record<string, string>;
  cleanup(): Promise<void>;
}

export const INDEX_HTML = '<!doctype html><html><head><title>Storekeeper test shell</title></head><body></body></html>';

/**
 * A real backend on a temp data folder behind a real host on port 0, with a small
 * renderer folder and bait outside it (a secret file, symlinks pointing at it).
 */
export async function startHostFixture(
  wrap: (backend: Backend) => Backend = (b) => b,
): Promise<HostFixture> {
  const root = mkdtempSync(join(tmpdir(), 'sk-host-'));
  const dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app-abc123.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'style.css'), 'body{}');
  const secret = `TOP-SECRET-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(root, 'secret.txt'), secret);
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'leak.txt'));
  symlinkSync(root, join(rendererDir, 'escape'));

  const real = await createBackend({ dataDir, appVersion: '0.0.0-test', runJobs: false, logger: silentLogger });
  const backend = wrap(real);
  const host = await startHost({ backend, rendererDir });
  return {
    root,
    dataDir,
    rendererDir,
    secret,
    backend,
    host,
    auth: { authorization: `Bearer ${host.token}` },
    async cleanup() {
      await host.close();
      await real.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** POST /api/<method> with the bearer token; returns status and parsed envelope. */
export async function callApi(f: HostFixture, method: string, input: unknown) {
  const res = await rawRequest(f.host.port, `/api/${method}`, {
    method: 'POST',
    headers: { ...f.auth, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: res.status, envelope: JSON.parse(res.body) as { ok: boolean; value?: unknown; error?: { code: string; i18nKey: string; message: string } } };
}
