import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api';
import { ProductsPage } from '../../src/renderer/src/features/products/ProductsPage.page';
import { VIEW_STORAGE_KEY } from '../../src/renderer/src/features/products/product-view';
import { FakeBackend } from './fake-backend';
import { render } from './render';

async function openLinenShirt(language: 'en' | 'ar' = 'en', backend = new FakeBackend()) {
  const result = render(<ProductsPage />, { backend, language });
  fireEvent.click(await screen.findByRole('button', { name: 'Linen Shirt' }));
  const dialog = await screen.findByRole('dialog', { name: 'Linen Shirt' });
  const photos = await within(dialog).findAllByTestId('gallery-photo');
  return { ...result, dialog, photos };
}

describe('product gallery', () => {
  it('lists photos in order with w400 thumbnails and alt text (own, else "Photo N of title")', async () => {
    const backend = new FakeBackend();
    backend.galleries.set(1, backend.gallery(1).map((i) => (i.position === 3 ? { ...i, alt: { ...i.alt, en: null } } : i)));
    const { dialog, photos } = await openLinenShirt('en', backend);
    expect(within(dialog).getByRole('heading', { name: 'Photos' })).toBeTruthy();
    expect(photos).toHaveLength(3);
    const images = photos.map((photo) => within(photo).getByRole('img'));
    expect(images[0].getAttribute('src')).toMatch(/w400\.webp$/);
    expect(images[0].getAttribute('alt')).toBe('Linen Shirt on a plain background');
    expect(images[1].getAttribute('alt')).toBe('Linen Shirt, back view');
    expect(images[2].getAttribute('alt')).toBe('Photo 3 of Linen Shirt');
  });

  it('shows an empty state for a product without photos', async () => {
    render(<ProductsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'قميص قطني' }));
    const dialog = await screen.findByRole('dialog', { name: 'قميص قطني' });
    expect(await within(dialog).findByText('This product has no photos yet.')).toBeTruthy();
  });

  it('has one alt field per language with its direction, and warns above 125 characters', async () => {
    const { photos } = await openLinenShirt();
    const first = photos[0];
    const arabic = within(first).getByRole('textbox', { name: 'Alt text (العربية)' });
    // Mantine puts `dir` on the box wrapping the input (not the label): the text runs in its own direction.
    const dirOf = (el: HTMLElement) => el.closest('[dir]')?.getAttribute('dir');
    expect(dirOf(arabic)).toBe('rtl');
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(dirOf(within(first).getByRole('textbox', { name: 'Alt text (Русский)' }))).toBe('ltr');
    const english = within(first).getByRole('textbox', { name: 'Alt text (English)' });
    expect(dirOf(english)).toBe('ltr');
    fireEvent.change(english, { target: { value: 'x'.repeat(126) } });
    expect(within(first).getByText('126 / 125')).toBeTruthy();
    expect(within(first).getByText(/Longer than 125 characters/)).toBeTruthy();
  });

  it('saves alt text on blur via media.setAlt', async () => {
    const { backend, photos } = await openLinenShirt();
    const english = within(photos[1]).getByRole('textbox', { name: 'Alt text (English)' });
    fireEvent.change(english, { target: { value: 'Linen shirt, seen from behind' } });
    fireEvent.blur(english);
    await waitFor(() => expect(backend.callsTo('media.setAlt')).toEqual([{ imageId: 101, locale: 'en', alt: 'Linen shirt, seen from behind' }]));
    expect(await within(photos[1]).findByText('Alt text saved.')).toBeTruthy();
    expect(backend.gallery(1)[1].alt.en).toBe('Linen shirt, seen from behind');
  });

  it('saves with the Save button and shows a translated inline error when the envelope fails', async () => {
    const backend = new FakeBackend();
    backend.fail('media.setAlt', new ApiError('not_found', 'gone', { i18nKey: 'errors.image_not_found' }));
    const { photos } = await openLinenShirt('ar', backend);
    const label = 'النص البديل (English)';
    const english = within(photos[0]).getByRole('textbox', { name: label });
    fireEvent.change(english, { target: { value: 'New alt' } });
    fireEvent.click(within(photos[0]).getByRole('button', { name: 'حفظ النص البديل' }));
    await waitFor(() => expect(backend.callsTo('media.setAlt')).toHaveLength(1));
    expect(await within(photos[0]).findByText('لم تعد هذه الصورة موجودة.')).toBeTruthy();
    expect(english.getAttribute('aria-invalid')).toBe('true');
  });

  it('reorders with labelled buttons and sets the primary photo', async () => {
    const { backend, dialog } = await openLinenShirt();
    expect(within(dialog).getByRole('button', { name: 'Move photo 1 earlier' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move photo 2 earlier' }));
    await waitFor(() => expect(backend.callsTo('media.reorder')).toEqual([{ productId: 1, imageIds: [101, 100, 102] }]));
    await waitFor(() => expect(within(dialog).getAllByTestId('gallery-photo')[0].querySelector('img')!.getAttribute('alt')).toBe('Linen Shirt, back view'));
    expect(within(dialog).getByText('Photo moved to position 1.')).toBeTruthy();

    const third = within(dialog).getAllByTestId('gallery-photo')[2];
    fireEvent.click(within(third).getByRole('button', { name: 'Set as primary' }));
    await waitFor(() => expect(backend.callsTo('media.setPrimary')).toEqual([{ imageId: 102 }]));
    await waitFor(() => expect(backend.gallery(1).map((i) => i.id)).toEqual([102, 101, 100]));
  });
});

describe('product filters and sort', () => {
  it('sends tag, checkbox filters and sort to listProducts and remembers them', async () => {
    const { backend, unmount } = render(<ProductsPage />);
    await screen.findByRole('button', { name: 'Linen Shirt' });
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'winter' })).toBeTruthy());
    fireEvent.change(tag, { target: { value: 'winter' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Missing alt text' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Has no photos' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Low rating' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'price_desc' } });
    await waitFor(() =>
      expect(backend.callsTo('catalog.listProducts').at(-1)).toMatchObject({
        tag: 'winter', missingAlt: true, hasNoImages: true, lowRating: true, sort: 'price_desc',
      }),
    );
    expect(JSON.parse(localStorage.getItem(VIEW_STORAGE_KEY)!)).toMatchObject({ tag: 'winter', sort: 'price_desc', lowRating: true });
    unmount();

    const again = render(<ProductsPage />);
    await waitFor(() => expect(again.backend.callsTo('catalog.listProducts')[0]).toMatchObject({ tag: 'winter', sort: 'price_desc' }));
    expect((screen.getByRole('checkbox', { name: 'Low rating' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement).value).toBe('price_desc');
  });

  it('filters the fake grid by tag and ignores a corrupt remembered view', async () => {
    localStorage.setItem(VIEW_STORAGE_KEY, '{"sort":"nonsense","tag":7');
    const { backend } = render(<ProductsPage />);
    await screen.findByRole('button', { name: 'Linen Shirt' });
    expect(backend.callsTo('catalog.listProducts')[0]).toMatchObject({ sort: 'updated_desc' });
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'leather' })).toBeTruthy());
    fireEvent.change(tag, { target: { value: 'leather' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Linen Shirt' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Leather Card Wallet' })).toBeTruthy();
  });
});

describe('undo and redo', () => {
  it('Ctrl+Z undoes the last edit, Ctrl+Shift+Z redoes it, with a translated status', async () => {
    const { backend, dialog } = await openLinenShirt();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move photo 2 earlier' }));
    await waitFor(() => expect(backend.gallery(1).map((i) => i.id)).toEqual([101, 100, 102]));

    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(await screen.findByText('Undone: Reordered photos')).toBeTruthy();
    expect(backend.gallery(1).map((i) => i.id)).toEqual([100, 101, 102]);
    await waitFor(() => expect(within(dialog).getAllByTestId('gallery-photo')[0].querySelector('img')!.getAttribute('alt')).toBe('Linen Shirt on a plain background'));

    fireEvent.keyDown(document.body, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true });
    expect(await screen.findByText('Redone: Reordered photos')).toBeTruthy();
    expect(backend.gallery(1).map((i) => i.id)).toEqual([101, 100, 102]);
  });

  it('restores undone alt text in the field, and says when there is nothing to undo', async () => {
    const { backend, photos } = await openLinenShirt();
    const english = within(photos[0]).getByRole('textbox', { name: 'Alt text (English)' });
    fireEvent.change(english, { target: { value: 'Changed alt' } });
    fireEvent.blur(english);
    await waitFor(() => expect(backend.gallery(1)[0].alt.en).toBe('Changed alt'));

    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(await screen.findByText('Undone: Edited alt text')).toBeTruthy();
    await waitFor(() => expect((english as HTMLInputElement).value).toBe('Linen Shirt on a plain background'));

    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(await screen.findByText('Nothing to undo.')).toBeTruthy();
  });

  it('does not undo while typing in an input', async () => {
    const { backend, photos } = await openLinenShirt();
    const english = within(photos[0]).getByRole('textbox', { name: 'Alt text (English)' });
    fireEvent.keyDown(english, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.callsTo('catalog.undo')).toEqual([]);
  });
});
