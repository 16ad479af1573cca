import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/shared/api';
import { ProductsPage } from '../../src/renderer/src/features/products/ProductsPage.page';
import { FakeBackend } from './fake-backend';
import { render } from './render';

describe('Products section', () => {
  it('lists products with status, variant count and price from minor units', async () => {
    render(<ProductsPage />);
    const row = (await screen.findByRole('button', { name: 'Linen Shirt' })).closest('tr')!;
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('$49.00')).toBeTruthy();
    expect(within(row).getByText('1')).toBeTruthy();
    expect(screen.getByText('Showing 12 products')).toBeTruthy();
  });

  it('shows a skeleton while the first page loads', async () => {
    const backend = new FakeBackend();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    backend.override('catalog.listProducts', async () => {
      await gate;
      return { items: [], next: null };
    });
    render(<ProductsPage />, { backend });
    expect(await screen.findByTestId('products-loading')).toBeTruthy();
    release();
    await waitFor(() => expect(screen.queryByTestId('products-loading')).toBeNull());
  });

  it('renders an error envelope as a translated alert whose Retry refetches', async () => {
    const backend = new FakeBackend();
    backend.fail('catalog.listProducts', new ApiError('internal', 'boom', { correlationId: 'req-42' }));
    render(<ProductsPage />, { backend });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('An unexpected error occurred.')).toBeTruthy();
    expect(within(alert).getByText('Reference: req-42')).toBeTruthy();
    expect(within(alert).queryByText('boom')).toBeNull();

    backend.restore('catalog.listProducts');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Linen Shirt' })).toBeTruthy();
    expect(backend.callsTo('catalog.listProducts')).toHaveLength(2);
  });

  it('translates a specific error key with its fallback to the code', async () => {
    const backend = new FakeBackend();
    backend.fail('catalog.listProducts', new ApiError('conflict', 'x', { i18nKey: 'errors.not_in_catalog_yet' }));
    render(<ProductsPage />, { backend });
    expect(await screen.findByText('This item was changed elsewhere. Reload it and try again.')).toBeTruthy();
  });

  it('shows the empty state with a call to action when the store has no products', async () => {
    render(<ProductsPage />, { backend: new FakeBackend({ hasStore: false }) });
    const empty = await screen.findByTestId('empty-state');
    expect(within(empty).getByRole('heading', { name: 'No products yet' })).toBeTruthy();
    fireEvent.click(within(empty).getByRole('button', { name: 'Create demo store' }));
    expect(window.location.hash).toBe('#/welcome');
  });

  it('sends the debounced search as q and offers to clear a search with no results', async () => {
    const { backend } = render(<ProductsPage />);
    await screen.findByRole('button', { name: 'Linen Shirt' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search products' }), { target: { value: '  shirt ' } });
    await waitFor(() => expect(backend.callsTo('catalog.listProducts').at(-1)).toMatchObject({ q: 'shirt' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Canvas Tote Bag' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Linen Shirt' })).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search products' }), { target: { value: 'no such thing' } });
    expect(await screen.findByRole('heading', { name: 'No products match' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('button', { name: 'Canvas Tote Bag' })).toBeTruthy();
  });

  it('filters by status', async () => {
    const { backend } = render(<ProductsPage />);
    await screen.findByRole('button', { name: 'Linen Shirt' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'archived' } });
    await waitFor(() => expect(backend.callsTo('catalog.listProducts').at(-1)).toMatchObject({ status: 'archived' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Linen Shirt' })).toBeNull());
  });

  it('loads the next keyset page with the cursor from `next`', async () => {
    const { backend } = render(<ProductsPage />, { backend: new FakeBackend({ productCount: 60 }) });
    await screen.findByText('Showing 50 products');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 60 products')).toBeTruthy();
    expect(backend.callsTo('catalog.listProducts').at(-1)).toMatchObject({ after: '50' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});

describe('product drawer', () => {
  it('opens details and saves only the changed fields', async () => {
    const { backend } = render(<ProductsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Linen Shirt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Linen Shirt' });
    expect(await within(dialog).findByText('SK-0001-S')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Vendor' }), { target: { value: 'Harbor Goods' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(backend.callsTo('catalog.updateProduct')).toEqual([{ id: 1, patch: { vendor: 'Harbor Goods' } }]));
    expect(await within(dialog).findByText('Changes saved.')).toBeTruthy();
    expect(backend.outbox).toHaveLength(1);
  });

  it('shows translated inline errors: client-side for an empty title, from envelope issues otherwise', async () => {
    const backend = new FakeBackend();
    render(<ProductsPage />, { backend });
    fireEvent.click(await screen.findByRole('button', { name: 'Linen Shirt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Linen Shirt' });
    const title = await within(dialog).findByRole('textbox', { name: /Title/ });

    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(backend.callsTo('catalog.updateProduct')).toEqual([]);

    backend.fail('catalog.updateProduct', new ApiError('validation', 'bad', {
      issues: [{ path: ['patch', 'title'], code: 'too_big', message: 'Too big' }],
    }));
    fireEvent.change(title, { target: { value: 'A new title' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByText('Use at most 255 characters.')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
  });
});
