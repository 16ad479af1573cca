import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveInside } from '../../src/core/serving/safe-path';
import { resolveAppRequest } from '../../src/main/app-request';
import { isSafeExternalUrl } from '../../src/main/external-url';
import { isTrustedFrame } from '../../src/main/trusted-frame';

// window.ts imports electron; the real module would try to download the binary.
vi.mock('electron', () => ({ BrowserWindow: class {} }));
const { SECURE_WEB_PREFERENCES } = await import('../../src/main/window');

describe('SECURE_WEB_PREFERENCES (checklist 2, 3, 4, 6, 8, 9, 10)', () => {
  it('has exactly the hardened values', () => {
    expect(SECURE_WEB_PREFERENCES).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: undefined,
      webviewTag: false,
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.js$/),
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

describe('isSafeExternalUrl (checklist 15)', () => {
  const HOSTILE = [
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'smb://attacker/share/payload.exe',
    '\\\\attacker\\share\\payload.exe',
    '//attacker/share',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'ms-officecmd:{}',
    'search-ms:query=x&crumb=location:\\\\attacker\\share',
    'ftp://example.com/file',
    'http://example.com/',
    'HTTP://example.com/',
    'https:example.com',
    'https:/example.com',
    'https://user:pass@example.com/',
    'https://example.com\\@evil.com',
    'https://exa mple.com/',
    'https://example.com/\u0000',
    'https://',
    'app://bundle/index.html',
    'chrome://settings',
    'about:blank',
    'blob:https://example.com/uuid',
    'mailto:',
    'tel:+15555555555',
    'steam://run/1',
    '',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ];
  const SAFE = [
    'https://example.com/',
    'https://shop.example.co.uk/products/12?x=1#top',
    'HTTPS://Example.com/Path',
    'https://xn--80ak6aa92e.com/',
    'mailto:support@example.com',
    'mailto:support@example.com?subject=Hello',
  ];

  it(`refuses all ${HOSTILE.length} hostile URLs`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    expect(HOSTILE.filter((u) => isSafeExternalUrl(u))).toEqual([]);
  });

  it('allows https and mailto', () => {
    expect(SAFE.filter((u) => !isSafeExternalUrl(u))).toEqual([]);
  });

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.com']]) expect(isSafeExternalUrl(value)).toBe(false);
  });
});

describe('resolveInside / app:// (checklist 18)', () => {
  let root: string;
  let bundle: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sk-protocol-'));
    bundle = join(root, 'renderer');
    mkdirSync(join(bundle, 'assets'), { recursive: true });
    writeFileSync(join(bundle, 'index.html'), '<html></html>');
    writeFileSync(join(bundle, 'assets', 'app.js'), '');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync(join(root, 'secret.txt'), join(bundle, 'leak.txt'));
    symlinkSync(root, join(bundle, 'up'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const ESCAPES = [
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2e/%2e%2E/etc/passwd',
    '/.%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00',
    '/%00/../secret.txt',
    '/\u0000',
    '/leak.txt',
    '/up/secret.txt',
    '/up/renderer/../secret.txt',
    'secret.txt',
    '../secret.txt',
    `${'/'}${'C:'}/Windows/win.ini`,
    '/C:%5cWindows%5cwin.ini',
    '//etc/passwd',
    '/%',
    '/%c0%ae%c0%ae/secret.txt',
    '/assets',
    '/',
  ];

  it(`returns null for all ${ESCAPES.length} escape attempts`, async () => {
    const results = await Promise.all(ESCAPES.map((p) => resolveInside(bundle, p)));
    expect(ESCAPES.filter((_, i) => results[i] !== null)).toEqual([]);
  });

  it('resolves real files inside the root (the guard is not just "always null")', async () => {
    expect(await resolveInside(bundle, '/index.html')).toMatch(/renderer[\\/]index\.html$/);
    expect(await resolveInside(bundle, '/assets/app.js')).toMatch(/assets[\\/]app\.js$/);
  });

  it('maps app://bundle URLs to bundle files and /media to the backend only', async () => {
    const mediaCalls: string[] = [];
    const opts = {
      rendererDir: bundle,
      resolveMedia: async (p: string) => {
        mediaCalls.push(p);
        return p === '/media/ok.webp' ? join(root, 'secret.txt') : null;
      },
    };
    expect(await resolveAppRequest('app://bundle/', opts)).toMatchObject({ kind: 'bundle' });
    expect(await resolveAppRequest('app://bundle/assets/app.js', opts)).toMatchObject({ kind: 'bundle' });
    expect(await resolveAppRequest('app://bundle/media/ok.webp', opts)).toMatchObject({ kind: 'media' });
    const refused = [
      'app://bundle/../../etc/passwd',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/..%2fsecret.txt',
      'app://bundle/leak.txt',
      'app://bundle/up/secret.txt',
      'app://bundle/products/12',
      'app://evil/index.html',
      'app://bundle@evil/index.html',
      'app://bundle:8080/index.html',
      'file:///etc/passwd',
      'https://bundle/index.html',
      'app://bundle/media/%2e%2e/storekeeper.db',
      'app://bundle/media/other.webp',
    ];
    const results = await Promise.all(refused.map((u) => resolveAppRequest(u, opts)));
    expect(refused.filter((_, i) => results[i] !== null)).toEqual([]);
    expect(mediaCalls).toEqual(['/media/ok.webp', '/media/other.webp']);
  });
});

describe('isTrustedFrame (checklist 17)', () => {
  const FOREIGN = [
    null,
    undefined,
    { url: 'https://evil.com/' },
    { url: 'http://localhost:5173/' },
    { url: 'file:///index.html' },
    { url: 'app://evil/index.html' },
    { url: 'app://bundle.evil/index.html' },
    { url: 'app://bundle@evil/index.html' },
    { url: 'app://user:pw@bundle/index.html' },
    { url: 'app://bundle:1/index.html' },
    { url: 'APP://evil/' },
    { url: 'about:blank' },
    { url: 'data:text/html,hi' },
    { url: 'chrome-error://chromewebdata/' },
    { url: '' },
    { url: 'not a url' },
    { url: 42 as unknown as string },
  ];

  it(`rejects all ${FOREIGN.length} foreign senders`, () => {
    expect(FOREIGN.filter((frame) => isTrustedFrame(frame))).toEqual([]);
    // With a dev server configured, other origins are still foreign.
    const dev = { devServerUrl: 'http://localhost:5173' };
    const stillForeign = FOREIGN.filter((f) => f?.url !== 'http://localhost:5173/');
    expect(stillForeign.filter((frame) => isTrustedFrame(frame, dev))).toEqual([]);
    expect(isTrustedFrame({ url: 'http://localhost:5174/' }, dev)).toBe(false);
  });

  it('trusts the app origin, and the dev server only when configured', () => {
    expect(isTrustedFrame({ url: 'app://bundle/index.html' })).toBe(true);
    expect(isTrustedFrame({ url: 'app://bundle/index.html#/products/3' })).toBe(true);
    expect(isTrustedFrame({ url: 'http://localhost:5173/' }, { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedFrame({ url: 'http://localhost:5173/' }, { devServerUrl: null })).toBe(false);
  });
});
