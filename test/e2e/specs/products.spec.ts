import { test, expect } from '../fixtures/test';
import { ProductsPage } from '../pages/products-page';

test.describe('products over the demo store', () => {
  test('search folds Arabic and Persian letters', async ({ app }) => {
    const products = new ProductsPage(app);
    await expect(products.rows.first()).toBeVisible();
    // The demo store spells this rug with Persian ک and ی; we type the Arabic ك and ي.
    await products.searchFor('كاشان');
    await expect(products.rows.first()).toBeVisible();
    await expect(products.rows.first()).toContainText(/Kashan|کاشان/);
  });

  test('search folds Russian ё and finds nothing for nonsense', async ({ app }) => {
    const products = new ProductsPage(app);
    await expect(products.rows.first()).toBeVisible();
    // Russian titles say «ёлочная игрушка»; merchants usually type е for ё.
    await products.searchFor('елочная');
    await expect(products.rows.first()).toContainText(/Ornament/);
    await products.searchFor('zzqxj');
    await expect(app.page.getByText(app.t('products.empty_filtered.title'))).toBeVisible();
  });

  test('an edit is saved and waits in the sync outbox', async ({ app }) => {
    const products = new ProductsPage(app);
    await app.goto('sync');
    const pending = app.page.getByRole('group', { name: app.t('sync.stat.pending') });
    const pendingBefore = await pending.innerText();
    await app.goto('products');
    await products.rows.first().click();
    const newTitle = `Edited ${Date.now()}`;
    await products.titleField.fill(newTitle);
    await products.save();
    await expect(app.page.getByText(app.t('products.edit.saved'))).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(products.rows.filter({ hasText: newTitle })).toHaveCount(1);
    await app.goto('sync');
    await expect(pending).not.toHaveText(pendingBefore);
    await expect(app.page.getByRole('table')).toContainText('product');
  });

  test('a bad edit shows a translated inline error and keeps the old title', async ({ app }) => {
    const products = new ProductsPage(app);
    await products.rows.first().click();
    const before = await products.titleField.inputValue();
    await products.titleField.fill('   ');
    await products.save();
    await expect(app.page.getByRole('dialog').getByText(app.t('validation.required'))).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(products.rows.filter({ hasText: before }).first()).toBeVisible();
  });
});
