import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { CONTENT_SECURITY_POLICY } from '../../src/core/serving/security-headers';
import { INDEX_HTML, rawRequest, startHostFixture, type HostFixture } from './helpers/host-harness';

let f: HostFixture;
beforeAll(async () => {
  f = await startHostFixture();
});
afterAll(async () => {
  await f?.cleanup();
});

describe('host: binding and Host header (DNS rebinding)', () => {
  it('listens on 127.0.0.1 and a port chosen by the OS', () => {
    expect(f.host.url).toBe(`http://127.0.0.1:${f.host.port}/`);
    expect(f.host.port).toBeGreaterThan(0);
    expect(f.host.signInUrl).toBe(`${f.host.url}?token=${f.host.token}`);
    expect(f.host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is not reachable on a non-loopback address', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return; // a machine with loopback only has nothing to probe
    await expect(fetch(`http://${external.address}:${f.host.port}/`)).rejects.toThrow();
  });

  it.each(['evil.com', 'evil.com:PORT', 'attacker.example:80', '127.0.0.1', '127.0.0.1:1', '0.0.0.0:PORT', '[::1]:PORT'])(
    'refuses Host %j with 403',
    async (hostHeader) => {
      const res = await rawRequest(f.host.port, '/api/app.info', {
        method: 'POST',
        headers: { ...f.auth, host: hostHeader.replace('PORT', String(f.host.port)) },
        body: '{}',
      });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('forbidden');
    },
  );

  it('refuses a request without a Host header', async () => {
    // HTTP/1.0 may omit Host, so Node hands it to us; only a raw socket can send it.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(f.host.port, '127.0.0.1', () => {
        socket.end(`POST /api/app.info HTTP/1.0\r\nAuthorization: Bearer ${f.host.token}\r\nContent-Length: 2\r\n\r\n{}`);
      });
      let text = '';
      socket.on('data', (d) => (text += String(d)));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(reply).toContain('"forbidden"');
  });

  it('accepts localhost:<port> and 127.0.0.1:<port>', async () => {
    for (const host of [`localhost:${f.host.port}`, `LOCALHOST:${f.host.port}`, `127.0.0.1:${f.host.port}`]) {
      const res = await rawRequest(f.host.port, '/api/app.info', { method: 'POST', headers: { ...f.auth, host }, body: '{}' });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).ok).toBe(true);
    }
  });
});

describe('host: session token', () => {
  const post = (headers: Record<string, string>) =>
    rawRequest(f.host.port, '/api/app.info', { method: 'POST', headers, body: '{}' });

  it('answers 403 with a forbidden envelope when the token is missing or wrong', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer nope' },
      { authorization: `Bearer ${f.host.token}x` },
      { authorization: `Basic ${f.host.token}` },
      { cookie: 'sk_session=wrong' },
      { cookie: `other=${f.host.token}` },
    ];
    for (const headers of attempts) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      const envelope = JSON.parse(res.body);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden', i18nKey: 'errors.forbidden' } });
    }
  });

  it('accepts the Bearer token', async () => {
    const res = await post(f.auth);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Storekeeper' } });
  });

  it('exchanges ?token= for an HttpOnly SameSite=Strict cookie and redirects without the token', async () => {
    const res = await rawRequest(f.host.port, `/?token=${f.host.token}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^sk_session=${f.host.token};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');

    const session = { cookie: `sk_session=${f.host.token}` };
    expect((await post(session)).status).toBe(200);
    const page = await rawRequest(f.host.port, '/', { headers: session });
    expect(page.status).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
  });

  it('keeps other query parameters and refuses a wrong token in the URL', async () => {
    const kept = await rawRequest(f.host.port, `/?lang=ar&token=${f.host.token}`);
    expect(kept.headers.location).toBe('/?lang=ar');
    const wrong = await rawRequest(f.host.port, '/?token=guess');
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('does not serve the app shell without a session', async () => {
    const res = await rawRequest(f.host.port, '/');
    expect(res.status).toBe(403);
    expect(res.body).toContain('sign-in');
    expect(res.body).not.toContain('Storekeeper test shell');
  });
});

describe('host: cross-origin requests', () => {
  it('refuses a foreign Origin even with a valid token', async () => {
    for (const origin of ['https://evil.com', 'http://127.0.0.1:1', 'null', `http://127.0.0.1:${f.host.port}.evil.com`]) {
      const res = await rawRequest(f.host.port, '/api/app.info', { method: 'POST', headers: { ...f.auth, origin }, body: '{}' });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('forbidden');
    }
  });

  it('refuses Sec-Fetch-Site cross-site / same-site and accepts our own origin', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await rawRequest(f.host.port, '/api/app.info', {
        method: 'POST',
        headers: { ...f.auth, 'sec-fetch-site': site },
        body: '{}',
      });
      expect(res.status).toBe(403);
    }
    const own = await rawRequest(f.host.port, '/api/app.info', {
      method: 'POST',
      headers: { ...f.auth, origin: `http://127.0.0.1:${f.host.port}`, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });
});

describe('host: security headers', () => {
  it('sends CSP, nosniff, no-referrer and COOP on every kind of response', async () => {
    const responses = await Promise.all([
      rawRequest(f.host.port, '/assets/app-abc123.js'),
      rawRequest(f.host.port, '/nope.js'),
      rawRequest(f.host.port, '/api/app.info', { method: 'POST', body: '{}' }),
      rawRequest(f.host.port, '/api/app.info', { method: 'POST', headers: f.auth, body: '{}' }),
      rawRequest(f.host.port, `/?token=${f.host.token}`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 404, 403, 200, 302]);
    for (const res of responses) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });
});
