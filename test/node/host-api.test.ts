import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Backend } from '../../src/core/backend-types';
import { callApi, rawRequest, startHostFixture, type HostFixture } from './helpers/host-harness';

/** Counts live event subscriptions, to prove SSE clients unsubscribe when they leave. */
let liveSubscriptions = 0;
let mediaShouldThrow = false;
const instrument = (backend: Backend): Backend => ({
  dataDir: backend.dataDir,
  dispatch: (m, raw) => backend.dispatch(m, raw),
  close: () => backend.close(),
  resolveMedia: (p) => {
    if (mediaShouldThrow) throw new Error('boom in /very/secret/internal/path.ts');
    return backend.resolveMedia(p);
  },
  onEvent(listener) {
    liveSubscriptions++;
    const off = backend.onEvent(listener);
    return () => {
      liveSubscriptions--;
      off();
    };
  },
});

let f: HostFixture;
beforeAll(async () => {
  f = await startHostFixture(instrument);
});
afterAll(async () => {
  await f?.cleanup();
});

describe('host: POST /api/<method>', () => {
  it.each([
    ['app.info', {}],
    ['settings.get', {}],
    ['settings.update', { theme: 'neon' }],
    ['settings.update', { nonsense: true }],
    ['catalog.getProduct', { id: -1 }],
    ['no.such.method', {}],
  ])('%s %j answers 200 with the same envelope as in-process dispatch', async (method, input) => {
    const direct = await f.backend.dispatch(method, input);
    const { status, envelope } = await callApi(f, method, input);
    expect(status).toBe(200);
    expect(envelope).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('reports a validation error for a bad input and an unknown method', async () => {
    const bad = await callApi(f, 'settings.update', { theme: 'neon' });
    expect(bad.envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
    const unknown = await callApi(f, 'no.such.method', {});
    expect(unknown.envelope).toMatchObject({ ok: false, error: { code: 'validation', i18nKey: 'errors.method_unknown' } });
  });

  it('answers malformed JSON with a validation envelope (HTTP 200)', async () => {
    for (const body of ['{', 'not json', '{"a":1,}', '\u0000']) {
      const res = await rawRequest(f.host.port, '/api/settings.get', { method: 'POST', headers: f.auth, body });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation', i18nKey: 'errors.validation' } });
    }
  });

  it('treats an empty body as {}', async () => {
    const res = await rawRequest(f.host.port, '/api/app.info', { method: 'POST', headers: f.auth });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses bodies over 1 MB with 413, whether announced or streamed', async () => {
    const big = JSON.stringify({ storeName: 'x'.repeat(1024 * 1024 + 10) });
    for (const chunked of [false, true]) {
      const res = await rawRequest(f.host.port, '/api/settings.update', { method: 'POST', headers: f.auth, body: big, chunked });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    // The store name was not changed by the refused request.
    const settings = await callApi(f, 'settings.get', {});
    expect((settings.envelope.value as { storeName: string }).storeName).not.toMatch(/^xxxx/);
  });

  it('accepts only POST for methods', async () => {
    const res = await rawRequest(f.host.port, '/api/app.info', { headers: f.auth });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(JSON.parse(res.body).ok).toBe(false);
  });
});

describe('host: GET /api/events (SSE)', () => {
  it('streams a backend event and unsubscribes when the client leaves', async () => {
    const before = liveSubscriptions;
    const received = new Promise<{ contentType: string; frame: string; close: () => void }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: f.host.port, path: '/api/events', headers: { ...f.auth, host: `127.0.0.1:${f.host.port}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            // Subscribed (the preamble arrived): cause an event through the API.
            if (text.includes(': connected') && !text.includes('event:')) {
              void callApi(f, 'settings.update', { storeName: 'SSE shop' });
            }
            const frame = /event: db\.changed\ndata: (.*)\n\n/.exec(text);
            if (frame) resolve({ contentType: String(res.headers['content-type']), frame: frame[1], close: () => req.destroy() });
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const { contentType, frame, close } = await received;
    expect(contentType).toMatch(/^text\/event-stream/);
    expect(JSON.parse(frame)).toEqual({ tables: ['settings'] });
    expect(liveSubscriptions).toBe(before + 1);
    close();
    await expect.poll(() => liveSubscriptions).toBe(before);
  });

  it('needs the token like every API route', async () => {
    const res = await rawRequest(f.host.port, '/api/events');
    expect(res.status).toBe(403);
  });
});

describe('host: GET /media/*', () => {
  const sha = 'ab'.padEnd(64, '0');
  const bytes = Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 fake image bytes');

  it('serves a file resolveMedia returns, as immutable, with its type', async () => {
    mkdirSync(join(f.dataDir, 'media', 'files', 'ab'), { recursive: true });
    writeFileSync(join(f.dataDir, 'media', 'files', 'ab', `${sha}.webp`), bytes);
    expect(await f.backend.resolveMedia(`/media/${sha}.webp`)).not.toBeNull();

    const res = await rawRequest(f.host.port, `/media/${sha}.webp`, { headers: f.auth });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(res.body).toBe(bytes.toString('utf8'));
  });

  it('answers 404 for unknown or unsafe media paths and 403 without a token', async () => {
    for (const path of [`/media/${'cd'.padEnd(64, '1')}.webp`, '/media/../storekeeper.db', '/media/%2e%2e/storekeeper.db', '/media/x']) {
      const res = await rawRequest(f.host.port, path, { headers: f.auth });
      expect(res.status, path).toBe(404);
    }
    expect((await rawRequest(f.host.port, `/media/${sha}.webp`)).status).toBe(403);
  });

  it('hides the details of an unexpected failure', async () => {
    mediaShouldThrow = true;
    try {
      const res = await rawRequest(f.host.port, `/media/${sha}.webp`, { headers: f.auth });
      expect(res.status).toBe(500);
      const envelope = JSON.parse(res.body);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(res.body).not.toContain('boom');
      expect(res.body).not.toContain('secret');
      expect(res.body).not.toMatch(/\bat\s/);
    } finally {
      mediaShouldThrow = false;
    }
  });
});
