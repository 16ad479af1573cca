import { test, expect } from '../fixtures/test';
import { ProductsPage } from '../pages/products-page';

test.describe('product gallery over the demo store', () => {
  test('edits alt text, reorders photos, and Ctrl+Z undoes the reorder', async ({ app }) => {
    const products = new ProductsPage(app);
    const dialog = app.page.getByRole('dialog');
    const photos = dialog.getByTestId('gallery-photo');
    const englishAlt = (index: number) =>
      photos.nth(index).getByRole('textbox', { name: app.t('products.gallery.alt_label', { language: 'English' }) });

    await expect(products.rows.first()).toBeVisible();
    const title = (await products.rows.first().getByRole('button').first().innerText()).trim();
    await products.openProduct(title);
    await expect(dialog.getByRole('heading', { name: app.t('products.gallery.title') })).toBeVisible();
    await expect(photos.nth(1)).toBeVisible();

    const newAlt = `Edited alt ${Date.now()}`;
    await englishAlt(0).fill(newAlt);
    await englishAlt(0).press('Tab'); // leaving the field saves it
    await expect(photos.nth(0).getByText(app.t('products.gallery.alt_saved'))).toBeVisible();

    await app.page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await products.openProduct(title);
    await expect(englishAlt(0)).toHaveValue(newAlt);
    const secondAlt = await englishAlt(1).inputValue();

    // "Move photo N earlier", whatever digits the language writes N with.
    const [before, after] = app.t('products.gallery.move_earlier', { n: '\u0000' }).split('\u0000');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await photos.nth(1).getByRole('button', { name: new RegExp(`^${escape(before)}.+${escape(after)}$`) }).click();
    await expect(englishAlt(0)).toHaveValue(secondAlt);
    await expect(englishAlt(1)).toHaveValue(newAlt);

    await app.page.keyboard.press('ControlOrMeta+z');
    await expect(app.page.getByRole('status').filter({ hasText: app.t('history.media_reorder') })).toBeVisible();
    await expect(englishAlt(0)).toHaveValue(newAlt);
    await expect(englishAlt(1)).toHaveValue(secondAlt);
  });
});
