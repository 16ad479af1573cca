import { test, expect } from '../fixtures/test';
import { translator } from '../pages/translations';

test('switching to Arabic mirrors the app and is remembered after a reload', async ({ app }) => {
  test.skip(app.lang !== 'en', 'starts from English');
  const ar = translator('ar');
  await app.page.getByRole('button', { name: app.t('header.language_current', { language: 'English' }) }).click();
  await app.page.getByRole('menuitem', { name: 'العربية' }).click();
  await app.expectDirection('rtl', 'ar');
  await expect(app.page.getByRole('heading', { level: 1, name: ar('nav.products') })).toBeVisible();

  // Reload without ?lang: the stored preference wins.
  await app.page.goto(new URL('/#/products', app.page.url()).toString());
  await app.waitReady();
  await app.expectDirection('rtl', 'ar');

  // Put English back for the other tests of this worker.
  await app.page.getByRole('button', { name: ar('header.language_current', { language: 'العربية' }) }).click();
  await app.page.getByRole('menuitem', { name: 'English' }).click();
  await app.expectDirection('ltr', 'en');
});
