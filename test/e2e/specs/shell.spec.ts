import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { SCREENSHOTS } from '../fixtures/paths';
import { SECTIONS } from '../pages/app-page';

test.describe('the shell over the demo store', () => {
  test('every section opens, passes its own axe audit and is captured for the README', async ({ app }, info) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const section of SECTIONS) {
      await app.goto(section);
      await expect(app.page.locator('[data-loading="true"]')).toHaveCount(0);
      // Let skeletons settle into data before auditing and capturing.
      await app.page.waitForLoadState('networkidle');
      await app.parkPointer();
      await app.expectNoSeriousAxeViolations();
      await app.page.screenshot({ path: join(SCREENSHOTS, `${info.project.name}-${section}.png`) });
    }
  });

  test('mirrors the layout for the project language', async ({ app }) => {
    await app.expectDirection(app.lang === 'ar' ? 'rtl' : 'ltr', app.lang);
    const nav = await app.page.getByRole('navigation', { name: app.t('nav.label') }).boundingBox();
    const main = await app.heading('products').boundingBox();
    expect(nav && main).toBeTruthy();
    // In RTL the navigation sits on the right of the content; in LTR on the left.
    if (app.lang === 'ar') expect(nav!.x).toBeGreaterThan(main!.x);
    else expect(nav!.x).toBeLessThan(main!.x);
  });

  test('keyboard shortcuts move between sections', async ({ app }) => {
    await app.heading('products').click();
    await app.page.keyboard.press('Control+3');
    await expect(app.heading('moderation')).toBeVisible();
    await app.page.keyboard.press('Control+6');
    await expect(app.heading('settings')).toBeVisible();
    await app.page.keyboard.press('Control+1');
    await expect(app.heading('products')).toBeVisible();
  });
});
