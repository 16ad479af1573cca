import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../../src/host';
import { INDEX_HTML, rawRequest, startHostFixture, type HostFixture } from './helpers/host-harness';

let f: HostFixture;
let session: Record<string, string>;
beforeAll(async () => {
  f = await startHostFixture();
  session = { cookie: `sk_session=${f.host.token}` };
});
afterAll(async () => {
  await f?.cleanup();
});

const TRAVERSALS = [
  '/../package.json',
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/..%2f..%2fetc/passwd',
  '/..%2fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%5csecret.txt',
  '/..\\secret.txt',
  '/%00',
  '/index.html%00.js',
  '/%c0%ae%c0%ae/secret.txt',
  '/%',
  '/leak.txt',
  '/escape/secret.txt',
  '/C:/Windows/win.ini',
  '/.env',
];

describe('host: static files', () => {
  it.each(TRAVERSALS)('refuses %s with 404 and never returns file content', async (path) => {
    for (const headers of [{}, session]) {
      const res = await rawRequest(f.host.port, path, { headers });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain(f.secret);
      expect(res.body).not.toContain('root:');
      expect(res.body).not.toContain('"name"');
    }
  });

  it('serves bundle files with their content type, hashed assets as immutable', async () => {
    const js = await rawRequest(f.host.port, '/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body).toBe('console.log("app");');
    const css = await rawRequest(f.host.port, '/assets/style.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await rawRequest(f.host.port, '/assets/style.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('falls back to index.html for extension-less paths (client routes), not for missing files', async () => {
    for (const path of ['/products', '/products/12', '/settings/language']) {
      const res = await rawRequest(f.host.port, path, { headers: session });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toBe(INDEX_HTML);
    }
    expect((await rawRequest(f.host.port, '/missing.js', { headers: session })).status).toBe(404);
    expect((await rawRequest(f.host.port, '/assets/missing.css', { headers: session })).status).toBe(404);
  });

  it('answers only GET and HEAD outside /api', async () => {
    const res = await rawRequest(f.host.port, '/', { method: 'DELETE', headers: session });
    expect(res.status).toBe(405);
  });

  it('says how to build when the renderer is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sk-empty-renderer-'));
    const host = await startHost({ backend: f.backend, rendererDir: empty });
    try {
      const res = await rawRequest(host.port, '/', { headers: { cookie: `sk_session=${host.token}` } });
      expect(res.status).toBe(503);
      expect(res.body).toContain('npm run build');
      expect(res.headers['content-security-policy']).toBeDefined();
    } finally {
      await host.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
