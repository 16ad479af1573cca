import { test, expect } from '../fixtures/test';

test('the CSP blocks injected inline script and normal flows cause no violation', async ({ app }) => {
  const violations: string[] = [];
  await app.page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await app.page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  for (const section of ['accessibility', 'moderation', 'dashboards', 'sync', 'settings', 'products'] as const) {
    await app.goto(section);
  }
  expect(violations).toEqual([]);

  const ran = await app.page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
});

test('the API refuses calls without the session token', async ({ app }) => {
  const origin = new URL(app.page.url()).origin;
  const res = await fetch(`${origin}/api/app.info`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(403);
  const body = (await res.json()) as { ok: boolean; error: { code: string } };
  expect(body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
