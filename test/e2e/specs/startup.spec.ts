import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { startHost } from '../fixtures/host';
import { AppPage } from '../pages/app-page';

test('a database made by a newer Storekeeper gets its own screen and is left untouched', async ({ page, appLang }) => {
  const dir = mkdtempSync(join(tmpdir(), 'storekeeper-too-new-'));
  const db = new Database(join(dir, 'storekeeper.db'));
  db.pragma('user_version = 999');
  db.close();
  const host = await startHost({ data: { dir } });
  try {
    const app = new AppPage(page, appLang, host);
    await page.goto(host.entryUrl);
    await page.goto(`${host.origin}/?lang=${appLang}`);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'error');
    await expect(page.getByText(app.t('startup.too_new.title'))).toBeVisible();
    await app.expectNoSeriousAxeViolations();
  } finally {
    await host.stop();
  }
  const after = new Database(join(dir, 'storekeeper.db'));
  expect(after.pragma('user_version', { simple: true })).toBe(999);
  after.close();
  rmSync(dir, { recursive: true, force: true });
});

test('first run offers the demo store and builds it with live progress', async ({ page, appLang }) => {
  test.skip(appLang !== 'en', 'one first-run generation per run is enough');
  test.setTimeout(180_000);
  const host = await startHost({ data: 'empty' });
  try {
    const app = new AppPage(page, appLang, host);
    await app.open();
    await expect(page.getByRole('heading', { name: app.t('welcome.title') })).toBeVisible();
    await app.expectNoSeriousAxeViolations();
    await page.getByRole('button', { name: app.t('welcome.create_demo') }).click();
    await expect(page.getByRole('progressbar').first()).toBeVisible();
    await expect(app.heading('products')).toBeVisible({ timeout: 150_000 });
    await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  } finally {
    await host.stop();
  }
});
